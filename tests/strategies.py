"""Hypothesis strategies and data helpers shared by the hostile-input, YAML and profile tests."""

from __future__ import annotations

from hypothesis import strategies as st


def yaml_values(text: st.SearchStrategy[str], key: st.SearchStrategy[str], size: int,
                leaves: int) -> st.SearchStrategy[object]:
    """What YAML can hold: scalars, and lists and mappings of them."""
    return st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text,
        lambda children: st.lists(children, max_size=size) | st.dictionaries(key, children, max_size=size),
        max_leaves=leaves,
    )


# Any character, lone surrogates and controls more often than chance (YAML holds them escaped).
any_text = st.text(alphabet=st.characters(exclude_categories=()) | st.sampled_from("\ud800\udfff\x07二"),
                   max_size=12)


def leaf_paths(node: object, path: tuple = ()) -> list[tuple]:
    """Every place in plain data (mappings and lists), from the root's children down."""
    paths = [path] if path else []
    if isinstance(node, dict):
        for key, child in node.items():
            paths += leaf_paths(child, (*path, key))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            paths += leaf_paths(child, (*path, i))
    return paths
