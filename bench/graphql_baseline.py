"""Baseline of the GraphQL stack: requests/s and p50/p99 latency of a trivial query (with and without a
token: the cost of authorisation) and of a query reading one row from PostgreSQL.

The server is `forecourt demo` in a separate process (one uvicorn worker, embedded PostgreSQL and Redis);
the load is a closed loop of 16 keep-alive HTTP/1.1 connections on loopback, from this process. On a 2-core machine
client and server share the CPU, so the figures are a floor for the server alone.
"""

from __future__ import annotations

import asyncio

import httpx

from bench.support import closed_loop, machine, platform_process, sign_in

SECONDS = 8.0


async def main() -> None:
    print(f"graphql_baseline on {machine()}")
    with platform_process() as url:
        token = sign_in(url)
        stations = httpx.post(f"{url}/graphql", json={"query": "{ stations(first: 1) { edges { node { id } } } }"},
                              headers={"authorization": f"Bearer {token}"}).json()
        station_id = stations["data"]["stations"]["edges"][0]["node"]["id"]
        trivial = {"query": "{ __typename }"}
        one_row = {"query": "query($id: ID!) { station(id: $id) { code name status } }",
                   "variables": {"id": station_id}}
        for name, body, auth in (("{ __typename }, no token", trivial, None),
                                 ("{ __typename }, staff token", trivial, token),
                                 ("station(id) (1 row), staff token", one_row, token)):
            result = await closed_loop(url, name, body, token=auth, seconds=SECONDS)
            print(result.line())


if __name__ == "__main__":
    asyncio.run(main())
