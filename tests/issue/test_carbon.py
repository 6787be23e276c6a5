"""The carbon and energy checks (issue.carbon): each basis, each slip by name, the factor
choice of the profile, acknowledgements and the catalogue's errors."""

from pathlib import Path

import pytest

from editor_app.issue.carbon import CHECK_CO2, CHECK_HOURS
from editor_app.issue.factors import CatalogueError, carbon_factors, load_catalogue
from editor_app.issue.issue_file import load_issue, save_issue
from editor_app.issue.model import Acknowledgement, Issue, MetricValue, Project
from editor_app.issue.validation import Severity, validate
from editor_app.layout.profile import carbon_choice
from editor_app.paths import factors_dir

NATIONAL = carbon_factors("carbon-factors", "grid-national-2022")
SICHUAN = carbon_factors("carbon-factors", "grid-sichuan-2022")
UNIT_SLIP = "像是单位错了一级（吨与万吨、千瓦时与万千瓦时、万千瓦时与亿千瓦时都相差1万倍）"
FUELS = "燃料排放因子（天然气1.644至烟煤2.772 tCO2/tce，2006 IPCC Guidelines, Vol. 2, Table 2.2）"
GRID_2022 = ("全国电力平均二氧化碳排放因子（2022年）0.5366 kgCO2/kWh"
             "（生态环境部、国家统计局《关于发布2022年电力二氧化碳排放因子的公告》）")
EQUIVALENT = "电力折标准煤系数（当量值）0.1229 kgce/kWh（GB/T 2589-2020《综合能耗计算通则》）"
SWAPPED = "像是当量值与等价值弄反了（两者相差约2.45倍）"


def M(value: str, unit: str, basis: str | None = None) -> MetricValue:
    return MetricValue(value=value, unit=unit, basis=basis)


def pv(**metrics: MetricValue | None) -> Project:
    """The issue's case: a 2.4 MW rooftop PV plant, 2.6 million kWh a year."""
    given = {"installed_capacity": M("2.4", "兆瓦"), "annual_generation": M("260", "万千瓦时"),
             "co2_reduction": M("1400", "吨"), **metrics}
    return Project(company="成都兴城能源有限公司", name="屋顶分布式光伏项目", carbon_basis="可再生能源发电",
                   metrics={key: value for key, value in given.items() if value is not None})


def fuel(co2: MetricValue, **metrics: MetricValue) -> Project:
    return Project(company="某公司", name="锅炉煤改气项目", carbon_basis="节约燃料",
                   metrics={"energy_saving": M("1200", "吨标准煤", "当量值"), "co2_reduction": co2, **metrics})


def power(tce: str, co2: str) -> Project:
    return Project(company="某公司", name="电机变频节能改造项目", carbon_basis="节约电力",
                   metrics={"energy_saving": M(tce, "吨标准煤", "当量值"), "co2_reduction": M(co2, "吨")})


def findings(project: Project, carbon=NATIONAL) -> list[tuple[str, str | None, Severity, str]]:
    """(metric, check, severity, message) of the project's carbon findings."""
    issue = Issue()
    issue.sections.xingcheng_action.projects.append(project)
    return [(str(f.path[-1]), f.check, f.severity, f.message) for f in validate(issue, carbon=carbon)
            if f.check is not None]


def messages(project: Project, carbon=NATIONAL) -> dict[str, str]:
    return {metric: message for metric, _, _, message in findings(project, carbon)}


def test_sample_passes_with_either_grid_factor(sample_issue) -> None:
    assert validate(sample_issue, carbon=SICHUAN) == []
    assert validate(sample_issue, carbon=NATIONAL) == []
    assert validate(sample_issue, carbon=carbon_choice("xingcheng")) == []


@pytest.mark.parametrize("project", [
    fuel(M("2000", "吨")),  # 1.67 t CO2 per tce: gas
    fuel(M("0.32", "万吨")),  # 2.67: coal
    power("246", "1070"),  # 2 million kWh saved (当量值)
    pv(energy_saving=M("320", "吨标准煤", "当量值")),
    pv(energy_saving=M("780", "吨标准煤", "等价值")),
    Project(company="某公司", name="风电项目", carbon_basis="可再生能源发电",
            metrics={"installed_capacity": M("50", "兆瓦"), "annual_generation": M("11000", "万千瓦时"),
                     "co2_reduction": M("5.9", "万吨")}),
    Project(company="某公司", name="小水电站项目", carbon_basis="可再生能源发电",
            metrics={"installed_capacity": M("10", "兆瓦"), "annual_generation": M("4200", "万千瓦时"),
                     "co2_reduction": M("2.25", "万吨")}),
    Project(company="某公司", name="林业碳汇项目", carbon_basis="其他", metrics={"co2_reduction": M("3", "万吨")}),
], ids=["gas", "coal", "electricity-saved", "pv-equivalent", "pv-equal-value", "wind", "hydro", "other"])
def test_realistic_projects_of_each_basis_pass(project: Project) -> None:
    assert findings(project) == []


def test_the_issues_pv_case_warns_with_the_provincial_factor_only() -> None:
    project = pv(co2_reduction=M("0.15", "万吨"))
    assert findings(project, NATIONAL) == []
    assert messages(project, SICHUAN) == {"co2_reduction": (
        "二氧化碳减排填写为0.15万吨，按年发电量×四川省电力平均二氧化碳排放因子（2022年）0.1404 kgCO2/kWh"
        "（生态环境部、国家统计局《关于发布2022年电力二氧化碳排放因子的公告》）"
        "应约365吨；约为预期的4.11倍，超出±25%的容差；"
        "请核对数值、单位和所用因子；所用因子未经原文核实：四川省电力平均二氧化碳排放因子（2022年）")}
    assert carbon_choice("xingcheng") == SICHUAN  # the institute's choice, in its profile


def test_tonnes_for_ten_thousand_tonnes() -> None:
    assert messages(fuel(M("2000", "万吨"))) == {"co2_reduction": (
        f"二氧化碳减排填写为2000万吨，按年节能量×{FUELS}应在1973吨–3326吨之间；"
        f"约为预期的6013倍，{UNIT_SLIP}；请核对；所用因子未经原文核实：天然气、烟煤")}


def test_kwh_for_ten_thousand_kwh() -> None:
    assert messages(pv(annual_generation=M("2600000", "万千瓦时"))) == {
        "annual_generation": ("按装机容量2.4兆瓦和年发电量2600000万千瓦时，年利用小时数为10833333小时，"
                              f"光伏通常为900–1500小时，据四川光伏利用小时数经验范围（未经文献核实）；{UNIT_SLIP}；请核对"),
        "co2_reduction": (f"二氧化碳减排填写为1400吨，按年发电量×{GRID_2022}应约13951600吨；"
                          f"约为预期的0.0001倍，{UNIT_SLIP}；请核对"
                          "；所用因子未经原文核实：全国电力平均二氧化碳排放因子（2022年）"),
    }


def test_carbon_reported_as_co2() -> None:
    assert messages(fuel(M("540", "吨"))) == {"co2_reduction": (
        f"二氧化碳减排填写为540吨，按年节能量×{FUELS}应在1973吨–3326吨之间；约为预期的0.274倍，"
        "像是填了碳（C）而不是二氧化碳（二氧化碳＝碳×44/12）；请核对；所用因子未经原文核实：天然气、烟煤")}


def test_equivalent_and_equal_value_swapped() -> None:
    assert messages(power("600", "1070")) == {"co2_reduction": (
        f"二氧化碳减排填写为1070吨，按年节能量÷{EQUIVALENT}×{GRID_2022}应约2620吨；约为预期的0.408倍，"
        f"{SWAPPED}；请核对；所用因子未经原文核实：电力折标准煤系数（当量值）、全国电力平均二氧化碳排放因子（2022年）")}
    assert messages(pv(energy_saving=M("320", "吨标准煤", "等价值"))) == {"energy_saving": (
        "年节能量填写为320吨标准煤，按年发电量×电力折标准煤系数（等价值，2022年全国供电标准煤耗）0.3007 kgce/kWh"
        "（中国电力企业联合会《全国电力工业统计快报》）应约782吨标准煤；约为预期的0.409倍，"
        f"{SWAPPED}；请核对；所用因子未经原文核实：电力折标准煤系数（等价值，2022年全国供电标准煤耗）")}


def test_full_load_hours_by_technology() -> None:
    assert findings(pv(co2_reduction=None)) == []  # 1,083 hours
    assert messages(pv(annual_generation=M("720", "万千瓦时"), co2_reduction=None)) == {"annual_generation": (
        "按装机容量2.4兆瓦和年发电量720万千瓦时，年利用小时数为3000小时，光伏通常为900–1500小时，"
        "据四川光伏利用小时数经验范围（未经文献核实）；请核对装机容量、年发电量和单位")}


def test_daily_capacity_against_annual_figures(sample_issue) -> None:
    project = sample_issue.sections.xingcheng_action.projects[0]
    project.metrics["daily_capacity"].value = "365000"  # the year's volume, as if daily
    assert messages(project) == {"daily_capacity": (
        "二氧化碳减排4.6万吨，按日处理能力365000方/日全年处理约133225000方，即每方减排0.000345吨；"
        "此类项目通常为每方0.01–0.5吨，据粪污处理项目经验范围（未经文献核实）；"
        "像是把年处理量填成了日处理能力（相差约365倍）；请核对")}


def test_basis_missing_or_unknown() -> None:
    project = fuel(M("2000", "吨"))
    project.carbon_basis = None
    assert findings(project) == [("co2_reduction", "carbon_basis", Severity.WARNING,
                                  "未选择减排口径（节约燃料、节约电力、可再生能源发电、其他），"
                                  "二氧化碳减排量无法按排放因子核对；请在项目中选择减排口径")]
    project.carbon_basis = "节能"
    issue = Issue()
    issue.sections.xingcheng_action.projects.append(project)
    assert [(f.severity, f.path[-1], f.message) for f in validate(issue) if f.path[-1] == "carbon_basis"] == [
        (Severity.ERROR, "carbon_basis", "减排口径“节能”不可用，请选择：节约燃料、节约电力、可再生能源发电、其他")]


def test_acknowledged_warning_stays_visible_as_info_and_round_trips(tmp_path: Path) -> None:
    project = pv(co2_reduction=M("0.15", "万吨"))
    project.acknowledged = [Acknowledgement(check=CHECK_CO2, note="业主按全国电网因子核算，经核对无误")]
    issue = Issue()
    issue.sections.xingcheng_action.projects.append(project)
    save_issue(issue, tmp_path / "issue.yaml")
    loaded = load_issue(tmp_path / "issue.yaml")
    assert loaded == issue
    (found,) = [f for f in validate(loaded, carbon=SICHUAN) if f.check]
    assert found.severity is Severity.INFO
    assert found.message.startswith("已确认（备注：业主按全国电网因子核算，经核对无误）：二氧化碳减排填写为0.15万吨")
    loaded.sections.xingcheng_action.projects[0].acknowledged[0].check = CHECK_HOURS  # another check
    assert [f.severity for f in validate(loaded, carbon=SICHUAN) if f.check] == [Severity.WARNING]


def test_acknowledgement_of_an_unknown_check_is_reported() -> None:
    project = pv()
    project.acknowledged = [Acknowledgement(check="co2", note="")]
    issue = Issue()
    issue.sections.xingcheng_action.projects.append(project)
    (found,) = [f for f in validate(issue, carbon=NATIONAL) if "acknowledged" in f.path]
    assert found.path[-3:] == ("acknowledged", 0, "check")
    assert found.message == ("没有名为“co2”的检查，这条确认不起作用；可用：carbon_basis、co2_expected、"
                             "tce_expected、full_load_hours、daily_vs_annual")


def test_old_files_without_basis_load() -> None:
    from editor_app.issue.issue_file import parse_issue

    issue = parse_issue("schema_version: 1\nsections: {xingcheng_action: {projects: "
                        "[{company: 某公司, name: 某项目, metrics: {co2_reduction: {value: '1', unit: 万吨}}}]}}\n")
    project = issue.sections.xingcheng_action.projects[0]
    assert project.carbon_basis is None and project.acknowledged == []


def test_bundled_catalogue_cites_each_factor() -> None:
    catalogue = load_catalogue(factors_dir() / "carbon-factors.yaml")
    for factor in catalogue.factors.values():
        assert factor.issuer and factor.title and factor.year and factor.checked
    assert {f.kind for f in catalogue.factors.values()} == {"grid", "fuel", "electricity_tce"}


@pytest.mark.parametrize(("change", "place", "message"), [
    (("value: 0.1404", "value: -0.1404"), "factors.grid-sichuan-2022.value",
     "因子目录有误：应为大于 0 的数（不超过 100000）"),
    (("grid: 0.25", "grid: 2"), "tolerance.grid", "因子目录有误：容差应大于 0、不超过 1（0.25 即 ±25%）"),
    (("unit: kgCO2/kWh\n    year: 2021", "unit: tCO2/MWh\n    year: 2021"), "factors.grid-national-2021.unit",
     "因子目录有误：grid 因子的单位应为 kgCO2/kWh"),
    (("    verified: false\n", "    verfied: false\n"), "factors.grid-national-2022.verfied",
     "因子目录有误：不认识此项；请删除或检查拼写"),
    (("  min: 900\n    max: 1500", "  min: 1500\n    max: 900"), "full_load_hours.photovoltaic",
     "因子目录有误：min 应小于 max，max 不超过 8760 小时"),
])
def test_catalogue_errors_name_file_and_key(tmp_path: Path, change: tuple[str, str], place: str,
                                            message: str) -> None:
    text = (factors_dir() / "carbon-factors.yaml").read_text(encoding="utf-8")
    assert change[0] in text
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(broken)
    line = caught.value.one_line()
    assert line == f"{broken}:{place}: {message}"


def test_unknown_grid_factor_names_the_catalogue() -> None:
    with pytest.raises(CatalogueError) as caught:
        carbon_factors("carbon-factors", "grid-chengdu-2022")
    assert caught.value.one_line() == (
        f"{factors_dir() / 'carbon-factors.yaml'}:factors.grid-chengdu-2022: carbon-factors.yaml 中没有电网排放因子"
        "“grid-chengdu-2022”；"
        "可用：grid-national-2022、grid-sichuan-2022、grid-national-2021、grid-national-mee-2023")


def test_profile_naming_a_missing_grid_factor_is_refused_in_one_line(tmp_path: Path) -> None:
    from editor_app.layout.profile import ProfileError, load_profile, profiles_dir

    text = (profiles_dir() / "xingcheng.yaml").read_text(encoding="utf-8")
    profile = tmp_path / "xingcheng.yaml"
    profile.write_text(text.replace("grid: grid-sichuan-2022", "grid: grid-chengdu-2022"), encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(profile)
    assert caught.value.one_line() == (
        f"{profile}:carbon.grid: 版式文件有误：carbon-factors.yaml 中没有电网排放因子“grid-chengdu-2022”；"
        "可用：grid-national-2022、grid-sichuan-2022、grid-national-2021、grid-national-mee-2023")


def test_profile_naming_a_broken_catalogue_names_the_catalogue(tmp_path: Path, monkeypatch) -> None:
    from editor_app.layout.profile import ProfileError, load_profile, profiles_dir

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    user = tmp_path / "bulletin-editor" / "factors"
    user.mkdir(parents=True)
    text = (factors_dir() / "carbon-factors.yaml").read_text(encoding="utf-8")
    (user / "mine.yaml").write_text(text.replace("fuel: 0.1", "fuel: 0"), encoding="utf-8")
    profile = tmp_path / "xingcheng.yaml"
    profile.write_text((profiles_dir() / "xingcheng.yaml").read_text(encoding="utf-8")
                       .replace("catalogue: carbon-factors", "catalogue: mine"), encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(profile)
    assert caught.value.one_line() == (
        f"{user / 'mine.yaml'}:tolerance.fuel: 因子目录有误：容差应大于 0、不超过 1（0.25 即 ±25%）"
        "（版式 xingcheng.yaml 的 carbon.catalogue 用此目录）")


def _carbon_findings(project: Project, carbon=SICHUAN):
    issue = Issue()
    issue.sections.xingcheng_action.projects.append(project)
    return issue, [f for f in validate(issue, carbon=carbon) if f.check is not None]


def test_an_acknowledgement_covers_the_figures_it_was_given_for(tmp_path: Path) -> None:
    project = pv(co2_reduction=M("0.15", "万吨"))
    issue, (warning,) = _carbon_findings(project)
    assert warning.figures == "年发电量 260万千瓦时；二氧化碳减排 0.15万吨"
    project.acknowledged = [Acknowledgement(check=CHECK_CO2, note="按全国因子", figures=warning.figures)]
    save_issue(issue, tmp_path / "issue.yaml")
    text = (tmp_path / "issue.yaml").read_text(encoding="utf-8")
    assert "  figures: 年发电量 260万千瓦时；二氧化碳减排 0.15万吨\n" in text
    assert load_issue(tmp_path / "issue.yaml") == issue
    assert [f.severity for f in _carbon_findings(project)[1]] == [Severity.INFO]

    for changed in (M("1500", "万吨"), M("0.15", "吨")):  # another figure, another unit
        project.metrics["co2_reduction"] = changed
        (found,) = _carbon_findings(project)[1]
        assert found.severity is Severity.WARNING and found.check == CHECK_CO2
        assert found.message.startswith("此前的确认针对“年发电量 260万千瓦时；二氧化碳减排 0.15万吨”，数值已改变；"
                                        f"请核对：二氧化碳减排填写为{changed.value}{changed.unit}，")


def test_an_acknowledgement_of_an_older_file_keeps_standing_for_any_figures(tmp_path: Path) -> None:
    project = pv(co2_reduction=M("0.15", "万吨"))
    project.acknowledged = [Acknowledgement(check=CHECK_CO2, note="已核对")]  # written before ``figures``
    issue, _ = _carbon_findings(project)
    save_issue(issue, tmp_path / "issue.yaml")
    assert "figures" not in (tmp_path / "issue.yaml").read_text(encoding="utf-8")  # old files stay as they were
    project.metrics["co2_reduction"] = M("1500", "万吨")
    assert [f.severity for f in _carbon_findings(project)[1]] == [Severity.INFO]


def test_the_expected_figure_can_be_entered_as_given() -> None:
    (warning,) = _carbon_findings(pv(co2_reduction=M("0.15", "万吨")))[1]
    assert "应约365吨；" in warning.message  # 0.0365万吨 has more decimals than 万吨 allows
    issue, found = _carbon_findings(pv(co2_reduction=M("365", "吨")))
    assert found == [] and not [f for f in validate(issue, carbon=SICHUAN) if "projects" in f.path]
    assert "应在1973吨–3326吨之间" in messages(fuel(M("0.15", "万吨")))["co2_reduction"]
    assert findings(fuel(M("1973", "吨"))) == []


WARNED = [
    pv(co2_reduction=M("0.15", "万吨")), pv(annual_generation=M("2600000", "万千瓦时")),
    pv(annual_generation=M("720", "万千瓦时")), pv(energy_saving=M("320", "吨标准煤", "等价值")),
    fuel(M("2000", "万吨")), fuel(M("540", "吨")), power("600", "1070"),
    Project(company="某公司", name="示范项目", metrics={"installed_capacity": M("1", "千瓦"),
                                                    "annual_generation": M("1", "万千瓦时")}),
    Project(company="某公司", name="粪污处理项目", carbon_basis="其他",
            metrics={"daily_capacity": M("365000", "方/日"), "co2_reduction": M("4.6", "万吨")}),
    fuel(M("540", "吨"), daily_capacity=M("1", "方/日")),
]


@pytest.mark.parametrize("project", WARNED)
def test_carbon_messages_pass_the_products_own_typography_checks(project: Project) -> None:
    from editor_app.issue.typography import find_spaces_in_chinese

    found = [message for _, _, _, message in findings(project, SICHUAN) + findings(project, NATIONAL)]
    assert found
    for message in found:
        assert find_spaces_in_chinese(message) == 0, message
        depth = 0
        for ch in message:  # no brackets within brackets
            depth += {"（": 1, "）": -1}.get(ch, 0)
            assert depth <= 1, message
        assert message.count("IPCC") <= 1, message


def test_a_co2_figure_a_unit_off_is_named_once_not_again_as_a_daily_capacity_slip() -> None:
    project = fuel(M("2000", "万吨"), daily_capacity=M("1000", "方/日"))
    assert list(messages(project)) == ["co2_reduction"]
    assert UNIT_SLIP in messages(project)["co2_reduction"]
    other = Project(company="某公司", name="粪污处理项目", carbon_basis="其他",  # no factor check to name it
                    metrics={"daily_capacity": M("1000", "方/日"), "co2_reduction": M("36500", "万吨")})
    assert messages(other) == {"daily_capacity": (
        "二氧化碳减排36500万吨，按日处理能力1000方/日全年处理约365000方，即每方减排1000吨；"
        f"此类项目通常为每方0.01–0.5吨，据粪污处理项目经验范围（未经文献核实）；{UNIT_SLIP}；请核对")}


@pytest.mark.parametrize(("generation", "warned"), [
    (M("2600000", "千瓦时"), False), (M("0.03", "亿千瓦时"), False), (M("260", "千瓦时"), True)])
def test_annual_generation_in_kwh_and_hundred_million_kwh(generation: MetricValue, warned: bool) -> None:
    project = pv(annual_generation=generation, co2_reduction=M("365", "吨"))
    issue, found = _carbon_findings(project)
    assert not [f for f in validate(issue, carbon=SICHUAN) if f.severity is Severity.ERROR and "projects" in f.path]
    if warned:  # 260 kWh from 2.4 MW: a unit slip, named as such
        assert [(f.path[-1], f.check) for f in found] == [("annual_generation", CHECK_HOURS),
                                                          ("co2_reduction", CHECK_CO2)]
        assert all(UNIT_SLIP in f.message for f in found)
    else:
        assert found == []
