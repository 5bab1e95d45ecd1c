"""The directory of the real appendix: filters by town, kind and outpatient detox; notice and incomplete entries."""

from __future__ import annotations

from conftest import SIZE
from pilot_steps import rendered, table_rows, wait_until
from textual.widgets import Checkbox, Input, Select

from tui.screens.directory import DirectoryScreen


async def open_directory(app, pilot) -> DirectoryScreen:
    """Press F4 and wait for the directory."""
    await pilot.press("f4")
    assert await wait_until(pilot, lambda: isinstance(app.screen, DirectoryScreen))
    return app.screen


async def test_town_filter_matches_the_town_as_whole_words(real_app):
    async with real_app.run_test(size=SIZE) as pilot:
        screen = await open_directory(real_app, pilot)
        await pilot.press(*"vest")
        assert table_rows(screen) == []
        screen.query_one("#directory-town", Input).value = "Trondheim"
        await pilot.pause()
        names = [row[0] for row in table_rows(screen)]
        assert names and all(row[1] == "Trondheim" for row in table_rows(screen))
        assert "Bredtveit fengsel" not in names and "Trondheim fengsel" in names


async def test_kind_and_outpatient_filters(real_app):
    async with real_app.run_test(size=SIZE) as pilot:
        screen = await open_directory(real_app, pilot)
        screen.query_one("#directory-kind", Select).value = "Helsetjeneste i fengsel"
        await pilot.pause()
        assert table_rows(screen) and all("fengsel" in row[0] for row in table_rows(screen))
        screen.query_one("#directory-kind", Select).value = Select.NULL
        screen.query_one(Checkbox).focus()
        await pilot.press("space")
        await pilot.pause()
        rows = table_rows(screen)
        assert rows and all(row[3] == "ja" for row in rows)
        assert len(rows) < len(screen.entries)


async def test_notice_and_incomplete_entries_are_shown(real_app):
    async with real_app.run_test(size=SIZE) as pilot:
        screen = await open_directory(real_app, pilot)
        notice = rendered(screen.query_one("#directory-notice"))
        assert "vedlegget til retningslinjen slik det står i utkastet" in notice and "utdatert" in notice
        screen.query_one("#directory-name", Input).value = "Seksjon IR"
        await pilot.pause()
        assert [row[0] for row in table_rows(screen)] == ["⚠ Seksjon IR (illegale rusmidler)"]
        detail = rendered(screen.query_one("#directory-entry-text"))
        assert detail.startswith("⚠ Ufullstendig i vedlegget: telefonnummeret har 7 sifre")
        assert "⚠ = ufullstendige opplysninger" in rendered(screen.query_one("#directory-count"))
