"""Partner API keys: the secret shown once, scope (permissions × stations), rate limit, revocation."""

from __future__ import annotations

import httpx
from sqlalchemy import select

from api.core.db import Database
from api.core.ids import to_global_id
from api.core.permissions import Permission as P
from api.identity.models import ApiKey
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.org import Org
from tests.support.graphql import GraphQLClient

CREATE = """mutation($name: String!, $perms: [Permission!]!, $stations: [ID!], $rate: Int) {
  apiKeyCreate(input: {name: $name, permissions: $perms, stationIds: $stations, rateLimitPerMinute: $rate}) {
    apiKey { id prefix permissions allStations stations { code } } secret errors { field code message } } }"""
STATIONS = "{ stations(first: 10) { edges { node { code } } } }"


async def _key(admin: GraphQLClient, org: Org, **overrides: object) -> dict[str, object]:
    variables = {"name": "车队 ERP", "perms": ["VIEW_STATIONS"],
                 "stations": [to_global_id("Station", org.stations[0].id)], "rate": 600, **overrides}
    result = (await admin.execute(CREATE, variables)).data["apiKeyCreate"]
    assert result["errors"] == [], result
    return result  # type: ignore[no-any-return]


async def test_the_secret_is_shown_once_and_stored_hashed(staff_client: StaffClientFactory, org: Org,
                                                          database: Database) -> None:
    admin = await staff_client(permissions=[P.MANAGE_API_KEYS, P.VIEW_STATIONS])
    created = await _key(admin, org)
    secret = str(created["secret"])
    assert secret.startswith("fck_")
    async with database.session() as session:
        row = await session.scalar(select(ApiKey).where(ApiKey.prefix == created["apiKey"]["prefix"]))  # type: ignore[index]
    assert row is not None and secret.split("_", 2)[2] not in row.secret_hash
    listed = await admin.execute("{ apiKeys(first: 10) { edges { node { name prefix } } } }")
    assert "secret" not in str(listed.body) and listed.data["apiKeys"]["edges"][0]["node"]["name"] == "车队 ERP"


async def test_a_key_sees_only_its_permissions_and_stations(staff_client: StaffClientFactory, org: Org,
                                                            client: GraphQLClient) -> None:
    admin = await staff_client(permissions=[P.MANAGE_API_KEYS, P.VIEW_STATIONS])
    secret = str((await _key(admin, org))["secret"])
    partner = client.with_token(None)
    partner.headers["x-api-key"] = secret
    assert (await partner.execute(STATIONS)).data == {"stations": {"edges": [{"node": {"code": "S001"}}]}}
    assert (await partner.execute("{ roles { name } }")).error_codes == ["FORBIDDEN"]
    b_id = to_global_id("Station", org.stations[1].id)
    assert (await partner.execute("query($id: ID!) { station(id: $id) { code } }", {"id": b_id})).data == {
        "station": None}


async def test_a_key_cannot_exceed_its_creator(staff_client: StaffClientFactory, org: Org) -> None:
    admin = await staff_client(permissions=[P.MANAGE_API_KEYS, P.VIEW_STATIONS])
    response = await admin.execute(CREATE, {"name": "x", "perms": ["REFUND_PAYMENTS"], "stations": None,
                                            "rate": 10})
    assert response.error_codes == ["FORBIDDEN"]


async def test_bad_input_names_the_fields(staff_client: StaffClientFactory, org: Org) -> None:
    admin = await staff_client(permissions=[P.MANAGE_API_KEYS, P.VIEW_STATIONS])
    result = (await admin.execute(CREATE, {"name": " ", "perms": [], "stations": None, "rate": 0})).data
    assert result["apiKeyCreate"]["errors"] == [
        {"field": "name", "code": "REQUIRED", "message": "请填写密钥名称"},
        {"field": "permissions", "code": "REQUIRED", "message": "请至少选择一项权限"},
        {"field": "rateLimitPerMinute", "code": "INVALID", "message": "每分钟请求上限须在 1 到 100000 之间"},
    ]


async def test_rate_limit_and_last_use(staff_client: StaffClientFactory, org: Org, client: GraphQLClient,
                                       database: Database) -> None:
    admin = await staff_client(permissions=[P.MANAGE_API_KEYS, P.VIEW_STATIONS])
    created = await _key(admin, org, rate=3)
    headers = {"x-api-key": str(created["secret"])}
    async with httpx.AsyncClient(base_url=client.base_url) as http:
        statuses = [(await http.post("/graphql", json={"query": STATIONS}, headers=headers)).status_code
                    for _ in range(5)]
    assert statuses[:3] == [200, 200, 200]
    assert 429 in statuses[3:]  # (two refusals, or one when a minute boundary fell in between)
    async with database.session() as session:
        row = await session.scalar(select(ApiKey).where(ApiKey.prefix == created["apiKey"]["prefix"]))  # type: ignore[index]
    assert row is not None and row.last_used_at is not None


async def test_a_revoked_key_stops_working(staff_client: StaffClientFactory, org: Org,
                                           client: GraphQLClient) -> None:
    admin = await staff_client(permissions=[P.MANAGE_API_KEYS, P.VIEW_STATIONS])
    created = await _key(admin, org)
    partner = client.with_token(None)
    partner.headers["x-api-key"] = str(created["secret"])
    assert not (await partner.execute(STATIONS)).errors
    revoke = "mutation($id: ID!) { apiKeyRevoke(input: {id: $id}) { apiKey { revokedAt } errors { code } } }"
    revoked = (await admin.execute(revoke, {"id": created["apiKey"]["id"]})).data["apiKeyRevoke"]  # type: ignore[index]
    assert revoked["errors"] == [] and revoked["apiKey"]["revokedAt"]
    assert (await partner.execute(STATIONS)).error_codes == ["UNAUTHENTICATED"]
