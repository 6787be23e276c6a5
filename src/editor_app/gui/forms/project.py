"""The form of a section-three project: text fields, the metrics and the printed sentence."""

from __future__ import annotations

from html import escape
from typing import Any

import msgspec
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from ...issue.carbon import BASES
from ...issue.metrics import CATALOGUE, Metric
from ...issue.model import MetricValue, Project
from ...issue.places import Place
from ...issue.projects import default_wording, project_sentence
from ..commands import SetValue
from ..document import Document
from ..i18n import Text, translate
from ..names import metric_name
from .fields import Binding, PartForm, hint_label

NO_BASIS = "—"
WORDING_LINES = 3  # the sentence template wraps in a box of this many lines
SENTENCE_STYLE = "background: #fafafa; border: 1px solid #ddd; padding: 6px;"  # this label only


def _ordered(metrics: dict[str, MetricValue]) -> dict[str, MetricValue]:
    """Catalogue order, unknown keys (kept for validation to report) after."""
    known = {m.key: metrics[m.key] for m in CATALOGUE if m.key in metrics}
    return {**known, **{k: v for k, v in metrics.items() if k not in known}}


class _MetricBinding(Binding):
    """One part of one metric entry; a metric without an entry shows empty.

    Metric names are the catalogue's (Chinese in every language: they are the placeholders
    of the wording, such as ``{总投资}``).
    """

    form: ProjectForm

    def __init__(self, form: ProjectForm, metric: Metric, part: str, widget: QWidget,
                 label: Text) -> None:
        super().__init__(form, ("metrics", metric.key, part), widget, label)
        self.metric = metric
        self.part = part

    @property
    def metrics_path(self) -> Place:
        return (*self.form.base, "metrics")

    def entry(self) -> MetricValue | None:
        return self.form.doc.value(self.metrics_path).get(self.metric.key)

    def load(self) -> None:
        self.widget.blockSignals(True)
        try:
            entry = self.entry()
            self.show(getattr(entry, self.part) if entry is not None else None)
        finally:
            self.widget.blockSignals(False)

    def push(self, metrics: dict[str, MetricValue], merge: bool) -> None:
        doc = self.form.doc
        doc.undo_stack.push(SetValue(
            doc, self.metrics_path, _ordered(metrics), self.undo_text(),
            merge_key=self.path if merge else None,
        ))


class MetricValueBinding(_MetricBinding):
    """Typing a value adds the metric (with the chosen unit); clearing it removes the metric."""

    widget: QLineEdit

    def __init__(self, form: ProjectForm, metric: Metric, widget: QLineEdit) -> None:
        super().__init__(form, metric, "value", widget,
                         lambda: translate("ProjectForm", "{metric}数值").format(metric=metric_name(metric)))
        widget.textEdited.connect(self.commit)

    def retranslate(self) -> None:
        super().retranslate()
        self.widget.setPlaceholderText(translate("ProjectForm", "未填"))

    def show(self, value: Any) -> None:
        if self.widget.text() != (value or ""):
            self.widget.setText(value or "")

    def commit(self, value: Any) -> None:
        metrics = dict(self.form.doc.value(self.metrics_path))
        entry = metrics.get(self.metric.key)
        if not value.strip():
            if entry is None:
                return
            del metrics[self.metric.key]
        elif entry is None:
            unit, basis = self.form.choices(self.metric)
            metrics[self.metric.key] = MetricValue(value=value, unit=unit, basis=basis)
        else:
            metrics[self.metric.key] = msgspec.structs.replace(entry, value=value)
        self.push(metrics, merge=True)


def _choice_label(metric: Metric, part: str) -> str:
    if part == "unit":
        return translate("ProjectForm", "{metric}单位").format(metric=metric_name(metric))
    return translate("ProjectForm", "{metric}口径").format(metric=metric_name(metric))


class MetricChoiceBinding(_MetricBinding):
    """The unit or the basis; without an entry the choice waits for a value to be typed."""

    widget: QComboBox

    def __init__(self, form: ProjectForm, metric: Metric, part: str, widget: QComboBox) -> None:
        super().__init__(form, metric, part, widget, lambda: _choice_label(metric, part))
        if part == "unit":
            self.offered: list[tuple[str, str | None]] = [(u.name, u.name) for u in metric.units]
        else:
            self.offered = [(NO_BASIS, None), *((b, b) for b in metric.bases)]
            widget.setEnabled(bool(metric.bases))
        widget.activated.connect(lambda i: self.commit(widget.itemData(i)))

    def load(self) -> None:
        if self.entry() is None and self.widget.count():
            return  # no entry: keep the choice made for the value still to be typed
        super().load()

    def show(self, value: Any) -> None:
        show_choice(self.widget, self.offered, value)

    def commit(self, value: Any) -> None:
        metrics = dict(self.form.doc.value(self.metrics_path))
        entry = metrics.get(self.metric.key)
        if entry is None or getattr(entry, self.part) == value:
            return
        metrics[self.metric.key] = msgspec.structs.replace(entry, **{self.part: value})
        self.push(metrics, merge=False)


def show_choice(widget: QComboBox, offered: list[tuple[str, Any]], value: Any) -> None:
    """The choices ``offered`` (text, value) with ``value`` chosen; a value from the file that
    is not offered is added, so that it stays visible."""
    widget.clear()
    for text, data in offered:
        widget.addItem(text, data)
    index = widget.findData(value)
    if index < 0 and value is not None:
        widget.addItem(str(value), value)
        index = widget.count() - 1
    widget.setCurrentIndex(max(index, 0))


class CarbonBasisBinding(Binding):
    """How the project saves (节约燃料 …), which its CO2 figure is checked against. Stepping
    through the choices with the arrow keys is one undo step, as typing in a field is."""

    widget: QComboBox

    def __init__(self, form: ProjectForm, widget: QComboBox) -> None:
        super().__init__(form, ("carbon_basis",), widget, lambda: translate("ProjectForm", "减排口径(&B)"))
        self.offered: list[tuple[str, str | None]] = [(NO_BASIS, None), *((b, b) for b in BASES)]
        widget.activated.connect(lambda i: self.commit(widget.itemData(i)))

    def show(self, value: Any) -> None:
        show_choice(self.widget, self.offered, value)


class ProjectForm(PartForm):
    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.line(("company",), lambda: translate("ProjectForm", "公司(&C)"))
        self.line(("name",), lambda: translate("ProjectForm", "项目名称(&N)"))
        self.line(("technology",), lambda: translate("ProjectForm", "技术(&Y)"))
        self.line(("facility",), lambda: translate("ProjectForm", "设施(&A)"))
        self.carbon_basis = QComboBox(self)
        self.add(CarbonBasisBinding(self, self.carbon_basis))
        grid = QGridLayout()
        self.units: dict[str, QComboBox] = {}
        self.bases: dict[str, QComboBox] = {}
        for row, metric in enumerate(CATALOGUE):
            value = QLineEdit(self)
            unit = QComboBox(self)
            basis = QComboBox(self)
            for combo in (unit, basis):  # 万吨标准煤 whole, in the box and in its list
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.bindings.append(MetricValueBinding(self, metric, value))
            self.bindings.append(MetricChoiceBinding(self, metric, "unit", unit))
            self.bindings.append(MetricChoiceBinding(self, metric, "basis", basis))
            self.units[metric.key] = unit
            self.bases[metric.key] = basis
            caption = QLabel(self)
            self.texts.bind(caption.setText, lambda m=metric: metric_name(m))
            caption.setBuddy(value)
            for column, widget in enumerate((caption, value, unit, basis)):
                grid.addWidget(widget, row, column)
        grid.setColumnStretch(1, 1)
        self.row(lambda: translate("ProjectForm", "指标"), grid)
        self.wording = self.wrapped(("wording",), lambda: translate("ProjectForm", "表述(&W)"),
                                    WORDING_LINES)
        self.texts.bind(self.wording.setPlaceholderText,
                        lambda: translate("ProjectForm", "留空则用默认表述（见下）"))
        # The default template whole, under the box: as its placeholder it was cut off.
        self.default_wording = hint_label(self, "defaultWording")
        self.row(lambda: "", self.default_wording)
        self.sentence = QLabel(self)
        self.sentence.setWordWrap(True)
        self.sentence.setObjectName("projectSentence")
        self.sentence.setStyleSheet(SENTENCE_STYLE)
        self.texts.bind(self.sentence.setAccessibleName,
                        lambda: translate("ProjectForm", "印出的句子"))
        self.row(lambda: translate("ProjectForm", "印出效果"), self.sentence)

    def choices(self, metric: Metric) -> tuple[str, str | None]:
        """The unit and basis shown for a metric that has no entry yet."""
        return (self.units[metric.key].currentData(), self.bases[metric.key].currentData())

    def refresh(self, changed: Place | None = None) -> None:
        super().refresh(changed)
        project: Project = self.doc.value(self.base)
        self.default_wording.setText(translate("ProjectForm", "默认表述：{wording}")
                                     .format(wording=default_wording(project)))
        lead, rest = project_sentence(project, strict=False)
        self.sentence.setText(f"<b>{escape(lead)}</b>{escape(rest)}")
