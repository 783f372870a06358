// Access token on every request; one refresh and one retry on UNAUTHENTICATED; a session that cannot be renewed is reported.
import { ApolloLink, CombinedGraphQLErrors } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { ErrorLink } from "@apollo/client/link/error";
import type { GraphQLFormattedError } from "graphql";
import { from, mergeMap, tap, throwError } from "rxjs";
import type { TokenStore } from "./tokens";

function anyUnauthenticated(errors: readonly GraphQLFormattedError[] | undefined): boolean {
  return (errors ?? []).some((e) => e.extensions?.code === "UNAUTHENTICATED");
}

export function authLink(store: TokenStore, onExpired: () => void): ApolloLink {
  const attach = new SetContextLink(async (prevContext) => {
    const token = await store.accessToken();
    const headers: Record<string, string> = { ...prevContext.headers };
    if (token) headers.authorization = `Bearer ${token}`;
    else delete headers.authorization;
    return { headers };
  });
  const renew = new ErrorLink(({ error, operation, forward }) => {
    if (!CombinedGraphQLErrors.is(error) || !anyUnauthenticated(error.errors)) return;
    if (!store.get()) {
      onExpired();
      return;
    }
    return from(store.refresh()).pipe(
      mergeMap((token) => {
        if (!token) {
          onExpired();
          return throwError(() => error);
        }
        return forward(operation).pipe(
          tap((result) => {
            if (anyUnauthenticated(result.errors)) onExpired();
          }),
        );
      }),
    );
  });
  return ApolloLink.from([renew, attach]);
}
