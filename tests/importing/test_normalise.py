from pathlib import Path

import opencc
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.importing import ImportOptions
from editor_app.importing.cleaning import clean
from editor_app.importing.normalise import EVERY_STEP, normalise

KEEP_PINYIN = ImportOptions(remove_pinyin=False)
KEEP_ALL = ImportOptions(remove_pinyin=False, full_width_punctuation=False, simplified=False)


def test_a_kept_pinyin_reading_belongs_to_its_character() -> None:
    line, _ = normalise("特別關(guān)注,成都", KEEP_PINYIN)
    assert (line.text, line.kept) == ("特别关注，成都", "特别关（guān）注，成都")
    start = line.text.index("关")
    assert line.kept_span(start, start + 1) == "关（guān）"
    assert line.kept_span(start + 1, len(line.text)) == "注，成都"


def test_a_part_keeps_its_own_map() -> None:
    line, _ = normalise("其中:內(nèi)江公司項(xiàng)目", KEEP_ALL)
    assert line.text == "其中：内江公司项目"
    part = line.part(3, len(line.text))
    assert (part.text, part.kept) == ("内江公司项目", "內(nèi)江公司項(xiàng)目")
    assert part.kept_span(0, 4) == "內(nèi)江公司"


def test_with_every_step_on_both_texts_are_one() -> None:
    line, counts = normalise("關(guān)注,成都", EVERY_STEP)
    assert line.text == line.kept == "关注，成都"
    assert counts == {"control": 0, "invisible": 0, "pinyin": 1, "punctuation": 1, "simplified": 1}


_PIECES = st.sampled_from([
    "關(guān)", "於(yú)", "項(xiàng)", "目(mù)", "(等价值)", "萬噸", "标准煤", "成都", "興", "二", "著",
    ",", ":", ";", "(", ")", "（", "）", "。", "1,000", "a", " ", "\x07", "\ufffe", "(shù)", "é",
    "\u202e", "\u200b", "\u3000", "\u2009", "\u2028", "⽅",
])
_OPTIONS = st.builds(ImportOptions, remove_pinyin=st.booleans(), full_width_punctuation=st.booleans(),
                     simplified=st.booleans())


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES | st.text(max_size=3), max_size=12).map("".join), _OPTIONS)
def test_every_normalised_index_maps_into_the_kept_text_in_order(source: str, options: ImportOptions) -> None:
    line, _ = normalise(source, options)
    assert line.text == clean(source, EVERY_STEP)[0].text
    assert line.kept == clean(source, options)[0].text
    offsets = line.offsets
    assert len(offsets) == len(line.text) + 1
    assert offsets[0] == 0
    assert list(offsets) == sorted(offsets)
    if line.text:
        assert offsets[-1] == len(line.kept)
    assert "".join(line.kept_span(i, i + 1) for i in range(len(line.text))) == line.kept


def test_traditional_to_simplified_keeps_every_length() -> None:
    """The offset map relies on it: each entry of OpenCC's t2s dictionaries has its length."""
    folder = Path(opencc.__file__).parent / "dictionary"
    entries = [line.split("\t") for name in ("TSPhrases.txt", "TSCharacters.txt")
               for line in (folder / name).read_text(encoding="utf-8").splitlines() if line]
    assert len(entries) > 1000
    assert all(len(key) == len(value) for key, values in entries for value in values.split(" "))
