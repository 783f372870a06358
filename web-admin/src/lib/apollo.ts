// Apollo Client: HTTP for queries and mutations, graphql-ws for subscriptions, tokens refreshed silently.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { OperationTypeNode } from "graphql";
import { createClient } from "graphql-ws";
import { authLink } from "./authLink";
import { TokenStore, type Tokens } from "./tokens";

const REFRESH = `mutation Refresh($input: TokenRefreshInput!) {
  tokenRefresh(input: $input) { token refreshToken errors { code } } }`;

async function refreshTokens(refreshToken: string): Promise<Tokens | null> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: REFRESH, variables: { input: { refreshToken } } }),
  });
  const payload = (await response.json()).data?.tokenRefresh;
  if (!payload || payload.errors.length > 0) return null;
  return { token: payload.token, refreshToken: payload.refreshToken };
}

export const tokens = new TokenStore(window.localStorage, refreshTokens);

let onExpired: () => void = () => {};
export function setSessionExpiredHandler(handler: () => void): void {
  onExpired = handler;
}

export function createApolloClient(): ApolloClient {
  const auth = authLink(tokens, () => onExpired());
  const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
  const ws = new GraphQLWsLink(
    createClient({
      url: `${protocol}//${window.location.host}/graphql`,
      connectionParams: async () => {
        const token = await tokens.accessToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
      lazy: true,
      retryAttempts: Infinity,
    }),
  );
  const http = new HttpLink({ uri: "/graphql" });
  const transport = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    ws,
    http,
  );
  return new ApolloClient({
    link: ApolloLink.from([auth, transport]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: "cache-and-network" } },
  });
}
