"use client";

import { createContext, type ReactNode, useContext } from "react";
import type { TMessages } from "./messages/es";

/** What client components that get no props from a server page need (the error page). */
export type TClientMessages = Pick<TMessages, "error">;

const ClientMessages = createContext<TClientMessages | null>(null);

/** Set once by the root layout with the reader's language, so only those strings ship. */
export function ClientMessagesProvider({
  messages,
  children,
}: {
  messages: TClientMessages;
  children: ReactNode;
}) {
  return <ClientMessages value={messages}>{children}</ClientMessages>;
}

export function useClientMessages(): TClientMessages {
  const messages = useContext(ClientMessages);
  if (!messages) throw new Error("useClientMessages needs the root layout's provider");
  return messages;
}
