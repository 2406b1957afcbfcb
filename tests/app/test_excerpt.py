"""Caret excerpts under findings, and the original → corrected diff."""

from assistant.app.excerpt import caret_excerpt, unified_diff


def test_caret_covers_the_whole_identifier_from_offsets():
    sql = "SELECT Status\nFROM APTH"
    assert caret_excerpt(sql, 1, 8, 7, 12) == "1 | SELECT Status\n  |        ^^^^^^"


def test_caret_on_a_later_line_from_offsets():
    sql = "SELECT APRef\nFROM APTH\nWHERE Status = 1"
    start = sql.index("Status")
    text = caret_excerpt(sql, 3, 7, start, start + 5)
    assert text.splitlines() == ["3 | WHERE Status = 1", "  |       ^^^^^^"]


def test_caret_from_line_and_col_only():
    assert (
        caret_excerpt("SELECT x FROM t", 1, 15, None, None).splitlines()[1] == "  |               ^"
    )


def test_out_of_range_position_gives_no_excerpt():
    assert caret_excerpt("SELECT 1", 4, 1) == ""


def test_diff_shows_removed_and_added_lines():
    diff = unified_diff("SELECT Status\nFROM APTH", "SELECT OpenYN\nFROM APTH")
    assert "--- original.sql" in diff and "+++ corrected.sql" in diff
    assert "-SELECT Status" in diff.splitlines() and "+SELECT OpenYN" in diff.splitlines()


def test_no_diff_when_nothing_changed():
    assert unified_diff("SELECT 1", "SELECT 1\n") == ""
