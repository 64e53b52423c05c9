"""The board providers: one small module each, registered here."""

from __future__ import annotations

from api.boards.provider import Provider

from . import ashby, greenhouse, lever, smartrecruiters, workable

PROVIDERS: dict[str, Provider] = {
    p.name: p
    for p in (
        greenhouse.PROVIDER,
        lever.PROVIDER,
        lever.PROVIDER_EU,
        ashby.PROVIDER,
        smartrecruiters.PROVIDER,
        workable.PROVIDER,
    )
}
# The host of a public board page -> its provider.
BY_BOARD_HOST: dict[str, Provider] = {h: p for p in PROVIDERS.values() for h in p.board_hosts}

__all__ = ["BY_BOARD_HOST", "PROVIDERS", "Provider"]
