"""The platform's device API over HTTP (GraphQL, device token). The contract is schema.graphql."""

from __future__ import annotations

from typing import Any

import httpx

RECORD = """mutation($input: FuelingRecordInput!) { fuelingRecord(input: $input) {
  duplicate errors { field code message } } }"""
STATES = """mutation($states: [NozzleStateInput!]!) { nozzleStatesReport(input: {states: $states}) {
  accepted errors { field code message } } }"""
LINKS = """mutation($links: [DispenserLinkInput!]!) { dispenserLinksReport(input: {links: $links}) {
  changed errors { field code message } } }"""
PRICE_TABLE = """mutation { priceTableFetch { nozzles { nozzleNumber gradeCode unitPrice { fen } } } }"""
PRICES_CONFIRM = """mutation($nozzles: [NozzlePriceInput!]!) { pricesConfirm(input: {nozzles: $nozzles}) {
  confirmed } }"""

TOTALIZERS = """mutation($readings: [TotalizerReadingInput!]!) { totalizersReport(input: {readings: $readings}) {
  stored errors { field code message } } }"""
TOTALIZERS_WANTED = """query { totalizersWanted }"""


class UplinkError(RuntimeError):
    """The platform could not be reached, or refused a report (the message says which)."""


class Uplink:
    def __init__(self, base_url: str, token: str, *, timeout_s: float = 5.0) -> None:
        self._client = httpx.AsyncClient(base_url=base_url, timeout=timeout_s,
                                         headers={"authorization": f"Bearer {token}"})

    async def _data(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        try:
            response = await self._client.post("/graphql", json={"query": query, "variables": variables})
        except httpx.HTTPError as exc:
            raise UplinkError(f"platform unreachable: {exc}") from exc
        if response.status_code != 200:
            raise UplinkError(f"platform answered HTTP {response.status_code}")
        body = response.json()
        if body.get("errors"):
            raise UplinkError(f"platform refused: {body['errors'][0].get('message')}")
        data: dict[str, Any] = body["data"]
        return data

    async def _call(self, query: str, variables: dict[str, Any], field: str) -> dict[str, Any]:
        payload: dict[str, Any] = (await self._data(query, variables))[field]
        return payload

    async def record_fueling(self, fueling: dict[str, Any]) -> dict[str, Any]:
        return await self._call(RECORD, {"input": fueling}, "fuelingRecord")

    async def report_states(self, states: list[dict[str, Any]]) -> dict[str, Any]:
        return await self._call(STATES, {"states": states}, "nozzleStatesReport")

    async def report_links(self, links: list[dict[str, Any]]) -> dict[str, Any]:
        return await self._call(LINKS, {"links": links}, "dispenserLinksReport")

    async def fetch_prices(self) -> dict[int, tuple[int, str]]:
        """The price and grade code each station nozzle (by number) should show."""
        payload = await self._call(PRICE_TABLE, {}, "priceTableFetch")
        return {n["nozzleNumber"]: (int(n["unitPrice"]["fen"]), n["gradeCode"]) for n in payload["nozzles"]}

    async def confirm_prices(self, nozzles: list[dict[str, Any]]) -> dict[str, Any]:
        return await self._call(PRICES_CONFIRM, {"nozzles": nozzles}, "pricesConfirm")

    async def report_totalizers(self, readings: list[dict[str, Any]]) -> dict[str, Any]:
        return await self._call(TOTALIZERS, {"readings": readings}, "totalizersReport")

    async def totalizers_wanted(self) -> bool:
        """True when the platform asks the station for fresh totalizer readings."""
        return (await self._data(TOTALIZERS_WANTED, {}))["totalizersWanted"] is not None

    async def close(self) -> None:
        await self._client.aclose()
