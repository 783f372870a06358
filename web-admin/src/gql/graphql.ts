/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Date (isoformat) */
  Date: { input: any; output: any; }
  /** Date with time (isoformat) */
  DateTime: { input: string; output: string; }
  /** Decimal (fixed-point) */
  Decimal: { input: string; output: string; }
  /** Free-form JSON: used only for audit snapshots and similar records. */
  JSON: { input: unknown; output: unknown; }
  /** A 64-bit signed integer (money in fen, volumes in millilitres). */
  Long: { input: number; output: number; }
};

/** Something on the forecourt to look at. Requires VIEW_FORECOURT. */
export type Anomaly = Node & {
  __typename?: 'Anomaly';
  /** When it was found. */
  createdAt: Scalars['DateTime']['output'];
  /** The figures behind it. */
  details: Scalars['JSON']['output'];
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** What kind. */
  kind: AnomalyKind;
  /** When someone resolved it. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The station. */
  station: Station;
};

/** A page of a list (keyset pagination; `first` at most 100). */
export type AnomalyConnection = {
  __typename?: 'AnomalyConnection';
  /** The items of this page. */
  edges: Array<AnomalyEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page with its cursor. */
export type AnomalyEdge = {
  __typename?: 'AnomalyEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Anomaly;
};

/** TOTALIZER_BREAK: the totalizer does not continue from the previous sale (a driver may be billed twice); AMOUNT_MISMATCH: the dispenser's amount differs from volume × price. */
export type AnomalyKind =
  | 'AMOUNT_MISMATCH'
  | 'TOTALIZER_BREAK';

/** A partner's API key (the secret is shown only at creation). Requires MANAGE_API_KEYS. */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  /** True when the key covers every station of the company. */
  allStations: Scalars['Boolean']['output'];
  /** When the key was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Last use (to the minute). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for. */
  name: Scalars['String']['output'];
  /** What the key may do. */
  permissions: Array<Permission>;
  /** The key's public part, to recognise it. */
  prefix: Scalars['String']['output'];
  /** Requests allowed per minute. */
  rateLimitPerMinute: Scalars['Int']['output'];
  /** When the key was revoked, if it was. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stations the key is limited to; every station when `allStations`. */
  stations: Array<Station>;
};

/** A page of a list (keyset pagination; `first` at most 100). */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The items of this page. */
  edges: Array<ApiKeyEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
};

/** A new partner API key. */
export type ApiKeyCreateInput = {
  /** What the key is for (e.g. the fleet's ERP). */
  name: Scalars['String']['input'];
  /** What it may do. */
  permissions: Array<Permission>;
  /** Requests per minute (600). */
  rateLimitPerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** Stations it is limited to; omit for every station. */
  stationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One item of a page with its cursor. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ApiKey;
};

/** A problem with the input of an API key mutation; nothing was changed. */
export type ApiKeyError = UserError & {
  __typename?: 'ApiKeyError';
  /** A stable machine-readable reason. */
  code: ApiKeyErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why an API key mutation was refused. */
export type ApiKeyErrorCode =
  | 'INVALID'
  | 'NOT_FOUND'
  | 'REQUIRED';

/** Result of an API key mutation. */
export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  /** The key. */
  apiKey?: Maybe<ApiKey>;
  /** Why nothing changed. */
  errors: Array<ApiKeyError>;
  /** The full key, shown only once at creation. */
  secret?: Maybe<Scalars['String']['output']>;
};

/** Revoke a partner API key. */
export type ApiKeyRevokeInput = {
  /** The key. */
  id: Scalars['ID']['input'];
};

/** Activity of one business day. */
export type AuditActivityDay = {
  __typename?: 'AuditActivityDay';
  /** Other audited operations. */
  actions: Scalars['Int']['output'];
  /** The day (YYYY-MM-DD, Asia/Shanghai). */
  date: Scalars['String']['output'];
  /** Successful sign-ins. */
  logins: Scalars['Int']['output'];
};

/** One sensitive operation. Requires VIEW_AUDIT_LOG. */
export type AuditLog = {
  __typename?: 'AuditLog';
  /** What, e.g. station.update, staff.grants_set, auth.login. */
  action: Scalars['String']['output'];
  /** Who: username, key or device name. */
  actorLabel?: Maybe<Scalars['String']['output']>;
  /** staff, partner, device, member or system. */
  actorType: Scalars['String']['output'];
  /** Audited values after. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** Audited values before. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** The row's ID. */
  id: Scalars['ID']['output'];
  /** Client IP address. */
  ip?: Maybe<Scalars['String']['output']>;
  /** Key of the object acted on. */
  objectId?: Maybe<Scalars['String']['output']>;
  /** Type of the object acted on. */
  objectType: Scalars['String']['output'];
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The reason given, if any. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Request id, to find the request in the logs. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** The station concerned, if any. */
  station?: Maybe<Station>;
};

/** A page of a list (keyset pagination; `first` at most 100). */
export type AuditLogConnection = {
  __typename?: 'AuditLogConnection';
  /** The items of this page. */
  edges: Array<AuditLogEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page with its cursor. */
export type AuditLogEdge = {
  __typename?: 'AuditLogEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: AuditLog;
};

/** Filters of the audit log. */
export type AuditLogFilter = {
  /** Only this action, or a prefix ending in '.'. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only this staff user's actions. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** From this time (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only this object key. */
  objectId?: InputMaybe<Scalars['String']['input']>;
  /** Only this object type. */
  objectType?: InputMaybe<Scalars['String']['input']>;
  /** Only this station. */
  stationId?: InputMaybe<Scalars['ID']['input']>;
  /** Until this time (exclusive). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A stored-value card (储值卡). Requires VIEW_MEMBERS; a member sees its own cards. */
export type Card = Node & {
  __typename?: 'Card';
  /** What the card may do now. */
  allows: Array<CardAction>;
  /** What the card holds (a shared-mode child holds nothing: it spends its parent's). */
  balance: CardBalance;
  /** Bonus received. */
  bonusGranted: Money;
  /** A parent's child cards. */
  children: Array<Card>;
  /** What closing the card now would refund and forfeit (ask before confirming). */
  closeSplit: CardCloseSplit;
  /** When it was closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was issued. */
  createdAt: Scalars['DateTime']['output'];
  /** A child's own most payments per day. */
  dailyCountLimit?: Maybe<Scalars['Int']['output']>;
  /** A child's own limit per day (China time). */
  dailyLimit?: Maybe<Money>;
  /** When it stops paying. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** A payment password is set. */
  hasPassword: Scalars['Boolean']['output'];
  /** The holder (null: a bearer card). */
  holder?: Maybe<Member>;
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Virtual or physical. */
  kind: CardKind;
  /** A parent's mode, set by its first child. */
  mode?: Maybe<CardMode>;
  /** A child's own limit per calendar month. */
  monthlyLimit?: Maybe<Money>;
  /** Card number. */
  number: Scalars['String']['output'];
  /** The parent of a child card. */
  parent?: Maybe<Card>;
  /** Until when the payment password is locked, after five wrong ones in a row (null: it is not); setting a new password with the SMS code unlocks it. Staff only (null for a member token). */
  passwordLocked?: Maybe<Scalars['DateTime']['output']>;
  /** A child's own limit per payment (the product's counts as well). */
  perTransactionLimit?: Maybe<Money>;
  /** Bound mobile, masked unless you hold VIEW_PHONE_NUMBERS. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Principal received (top-ups, allocations). */
  principalToppedUp: Money;
  /** The card product. */
  product: CardProduct;
  /** A physical card handed back on closing. */
  recovered: Scalars['Boolean']['output'];
  /** Parent or child. */
  role: CardRole;
  /** Paid from this card's accounts. */
  spent: Money;
  /** State. */
  state: CardState;
  /** The card's statement: entries of its principal and bonus accounts, newest first, with what each held before and after. */
  statement: CardStatement;
  /** The state changes you may make to the card now: what the state table accepts from its state for its role (parent or child), that you may do (staff: MANAGE_CARDS at its station; a member token: 挂失 of its own card), in the table's order. */
  transitions: Array<CardTransition>;
};


/** A stored-value card (储值卡). Requires VIEW_MEMBERS; a member sees its own cards. */
export type CardStatementArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** What a card may do in its state. */
export type CardAction =
  | 'ADD_CHILD'
  | 'ALLOCATE'
  | 'CLOSE'
  | 'GIVE_BACK'
  | 'RECEIVE'
  | 'SET_PASSWORD'
  | 'SPEND'
  | 'TOP_UP';

/** Sell and activate a physical card at the POS. */
export type CardActivateInput = {
  /** The holder (named cards). */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** The card's number, entered or read. */
  number: Scalars['String']['input'];
  /** Mobile to bind (bearer cards). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** A physical card product. */
  productId: Scalars['ID']['input'];
  /** The station selling it. */
  stationId: Scalars['ID']['input'];
};

/** Allocate money from a parent to children (划拨). */
export type CardAllocateInput = {
  /** One to 100 children. */
  allocations: Array<CardAllocationInput>;
  /** 8-128 characters. */
  idempotencyKey: Scalars['String']['input'];
  /** The parent. */
  parentId: Scalars['ID']['input'];
};

/** Money from a parent to one of its children. */
export type CardAllocationInput = {
  /** Amount in fen. */
  amountFen: Scalars['Int']['input'];
  /** The child. */
  childId: Scalars['ID']['input'];
};

/** What a card holds. */
export type CardBalance = {
  __typename?: 'CardBalance';
  /** Bonus (赠送金). */
  bonus: Money;
  /** Principal (本金). */
  principal: Money;
  /** Principal + bonus. */
  total: Money;
};

/** A top-up of at least `min` earns `bonus` (充500送50). */
export type CardBonusTier = {
  __typename?: 'CardBonusTier';
  /** The bonus granted. */
  bonus: Money;
  /** The least top-up of the tier. */
  min: Money;
};

/** A bonus tier: a top-up of at least minFen earns bonusFen. */
export type CardBonusTierInput = {
  /** Bonus (fen). */
  bonusFen: Scalars['Int']['input'];
  /** Least top-up (fen). */
  minFen: Scalars['Int']['input'];
};

/** Add a child card under a parent. */
export type CardChildAddInput = {
  /** Payments per day. */
  dailyCountLimit?: InputMaybe<Scalars['Int']['input']>;
  /** The child's daily limit. */
  dailyLimitFen?: InputMaybe<Scalars['Int']['input']>;
  /** The parent's mode (fixed by its first child). */
  mode: CardMode;
  /** The child's monthly limit. */
  monthlyLimitFen?: InputMaybe<Scalars['Int']['input']>;
  /** A physical child's number. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** The parent card. */
  parentId: Scalars['ID']['input'];
  /** The child's own limit. */
  perTransactionLimitFen?: InputMaybe<Scalars['Int']['input']>;
};

/** A child card's own limits, each replacing the one before; null: no limit of its own (the product's alone count), 0: none allowed. */
export type CardChildLimitsSetInput = {
  /** The child card. */
  childId: Scalars['ID']['input'];
  /** Most payments per day. */
  dailyCountLimit?: InputMaybe<Scalars['Int']['input']>;
  /** Most per day (China time), in fen. */
  dailyLimitFen?: InputMaybe<Scalars['Int']['input']>;
  /** Most per calendar month, in fen. */
  monthlyLimitFen?: InputMaybe<Scalars['Int']['input']>;
  /** Most per payment, in fen. */
  perTransactionLimitFen?: InputMaybe<Scalars['Int']['input']>;
};

/** Close a card (销户) and refund it. */
export type CardCloseInput = {
  /** The card. */
  id: Scalars['ID']['input'];
  /** 8-128 characters. */
  idempotencyKey: Scalars['String']['input'];
  /** CASH (from the drawer) or BANK_TRANSFER. */
  payout: CardTopUpMethod;
  /** Why (audited). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The physical card was handed back. */
  recovered: Scalars['Boolean']['input'];
  /** Where the refund is paid. */
  stationId: Scalars['ID']['input'];
};

/** Result of closing a card. */
export type CardClosePayload = {
  __typename?: 'CardClosePayload';
  /** The closed card. */
  card?: Maybe<Card>;
  /** Why nothing changed. */
  errors: Array<CardError>;
  /** What was refunded and forfeited. */
  split?: Maybe<CardCloseSplit>;
};

/** How closing splits what a card was given: refund + forfeited bonus + consumed principal + consumed bonus = principal topped up + bonus granted. */
export type CardCloseSplit = {
  __typename?: 'CardCloseSplit';
  /** Spending attributed to bonus. */
  consumedBonus: Money;
  /** Spending attributed to principal. */
  consumedPrincipal: Money;
  /** Bonus not consumed, forfeited. */
  forfeitedBonus: Money;
  /** Paid back: the principal not consumed. */
  refund: Money;
};

/** A page of a list (keyset pagination; `first` at most 100). */
export type CardConnection = {
  __typename?: 'CardConnection';
  /** The items of this page. */
  edges: Array<CardEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page with its cursor. */
export type CardEdge = {
  __typename?: 'CardEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Card;
};

/** A problem with the input of a card operation; nothing was changed. */
export type CardError = UserError & {
  __typename?: 'CardError';
  /** A stable machine-readable reason. */
  code: CardErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a card operation was refused. */
export type CardErrorCode =
  | 'AMOUNT_OUT_OF_RANGE'
  | 'CHILDREN_OPEN'
  | 'DUPLICATE'
  | 'IDEMPOTENCY_CONFLICT'
  | 'INSUFFICIENT_FUNDS'
  | 'INVALID'
  | 'INVALID_CODE'
  | 'MODE'
  | 'NOT_FOUND'
  | 'NO_OPEN_SHIFT'
  | 'NO_PHONE'
  | 'PRODUCT_INACTIVE'
  | 'RATE_LIMITED'
  | 'REQUIRED'
  | 'STATE';

/** A change of a card's state: cardFreeze, cardUnfreeze, cardReportLost, cardUnreport, cardDisable, cardEnable, cardClose. */
export type CardEvent =
  | 'CLOSE'
  | 'DISABLE'
  | 'ENABLE'
  | 'FREEZE'
  | 'REPORT_LOST'
  | 'UNFREEZE'
  | 'UNREPORT';

/** Filters of the card list. */
export type CardFilter = {
  /** Only the children of this card. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only cards of this product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** A card number, or the holder's whole mobile number or member number. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only cards in this state. */
  state?: InputMaybe<CardState>;
};

/** Claim a virtual card (member token), or issue one to a member (staff). */
export type CardIssueInput = {
  /** The holder (staff only). */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** A virtual card product. */
  productId: Scalars['ID']['input'];
};

/** VIRTUAL (电子卡) or PHYSICAL (实体卡). */
export type CardKind =
  | 'PHYSICAL'
  | 'VIRTUAL';

/** How a parent's children are funded: ALLOCATED (划拨) or SHARED (共享扣款). */
export type CardMode =
  | 'ALLOCATED'
  | 'SHARED';

/** Send an SMS code to a card's bound mobile. */
export type CardPasswordCodeSendInput = {
  /** The card. */
  cardId: Scalars['ID']['input'];
};

/** Set or change a card's payment password with the SMS code. */
export type CardPasswordSetInput = {
  /** The card. */
  cardId: Scalars['ID']['input'];
  /** Six digits. */
  password: Scalars['String']['input'];
  /** The code sent to the bound mobile. */
  smsCode: Scalars['String']['input'];
};

/** Result of a card mutation. */
export type CardPayload = {
  __typename?: 'CardPayload';
  /** The card after the change. */
  card?: Maybe<Card>;
  /** Why nothing changed. */
  errors: Array<CardError>;
};

/** Bind another mobile to a card (staff; audited). */
export type CardPhoneChangeInput = {
  /** The card. */
  cardId: Scalars['ID']['input'];
  /** The new mobile. */
  phone: Scalars['String']['input'];
  /** Why. */
  reason: Scalars['String']['input'];
};

/** A card product (制卡规则). Requires VIEW_MEMBERS. */
export type CardProduct = Node & {
  __typename?: 'CardProduct';
  /** New cards may be issued. */
  active: Scalars['Boolean']['output'];
  /** It pays for goods. */
  allowsGoods: Scalars['Boolean']['output'];
  /** Bonus tiers, lowest first. */
  bonusTiers: Array<CardBonusTier>;
  /** Most payments per day. */
  dailyCountLimit?: Maybe<Scalars['Int']['output']>;
  /** Most per day (China time). */
  dailyLimit?: Maybe<Money>;
  /** Goods categories it pays for (empty: all). */
  goodsCategories: Array<Scalars['String']['output']>;
  /** Grades it pays for (empty: every grade). */
  gradeCodes: Array<Scalars['String']['output']>;
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Virtual or physical. */
  kind: CardKind;
  /** Most per calendar month. */
  monthlyLimit?: Maybe<Money>;
  /** Name. */
  name: Scalars['String']['output'];
  /** 记名卡: held by a member; false: a bearer card. */
  named: Scalars['Boolean']['output'];
  /** A payment above this needs the password. */
  passwordAbove?: Maybe<Money>;
  /** Most per payment. */
  perTransactionLimit?: Maybe<Money>;
  /** Stations where it is used (empty: all). */
  stationIds: Array<Scalars['ID']['output']>;
  /** Most top-up. */
  topUpMax: Money;
  /** Least top-up. */
  topUpMin: Money;
  /** Days a card is valid after issue (null: always). */
  validDays?: Maybe<Scalars['Int']['output']>;
};

/** A problem with the input of a card product; nothing was changed. */
export type CardProductError = UserError & {
  __typename?: 'CardProductError';
  /** A stable machine-readable reason. */
  code: CardProductErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a card product was refused. */
export type CardProductErrorCode =
  | 'DUPLICATE'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'REQUIRED';

/** Result of saving a card product. */
export type CardProductPayload = {
  __typename?: 'CardProductPayload';
  /** Why nothing changed. */
  errors: Array<CardProductError>;
  /** The product saved. */
  product?: Maybe<CardProduct>;
};

/** A card product; without id a new one. Limits left out are unlimited. */
export type CardProductSaveInput = {
  /** New cards may be issued. */
  active?: Scalars['Boolean']['input'];
  /** It pays for goods. */
  allowsGoods?: Scalars['Boolean']['input'];
  /** Bonus tiers. */
  bonusTiers?: Array<CardBonusTierInput>;
  /** Payments per day. */
  dailyCountLimit?: InputMaybe<Scalars['Int']['input']>;
  /** Most per day. */
  dailyLimitFen?: InputMaybe<Scalars['Int']['input']>;
  /** Goods categories (empty: all). */
  goodsCategories?: Array<Scalars['String']['input']>;
  /** Grades it pays for (empty: all). */
  gradeCodes?: Array<Scalars['String']['input']>;
  /** The product to replace. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Virtual or physical (fixed once made). */
  kind: CardKind;
  /** Most per month. */
  monthlyLimitFen?: InputMaybe<Scalars['Int']['input']>;
  /** Name (unique in the company). */
  name: Scalars['String']['input'];
  /** 记名卡 (held by a member). */
  named?: Scalars['Boolean']['input'];
  /** Password needed above this. */
  passwordAboveFen?: InputMaybe<Scalars['Int']['input']>;
  /** Most per payment. */
  perTransactionLimitFen?: InputMaybe<Scalars['Int']['input']>;
  /** Stations (empty: all). */
  stationIds?: Array<Scalars['ID']['input']>;
  /** Most top-up. */
  topUpMaxFen?: Scalars['Int']['input'];
  /** Least top-up. */
  topUpMinFen?: Scalars['Int']['input'];
  /** Days valid after issue. */
  validDays?: InputMaybe<Scalars['Int']['input']>;
};

/** PARENT (a card of its own) or CHILD. */
export type CardRole =
  | 'CHILD'
  | 'PARENT';

/** A card's state (see cardStates). */
export type CardState =
  | 'ACTIVE'
  | 'CLOSED'
  | 'DISABLED'
  | 'FROZEN'
  | 'REPORTED_LOST';

/** A state change of a card. */
export type CardStateInput = {
  /** The card. */
  id: Scalars['ID']['input'];
  /** Why (audited). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A page of a card's statement, newest first. */
export type CardStatement = {
  __typename?: 'CardStatement';
  /** The entries. */
  entries: Array<CardStatementEntry>;
  /** More entries follow. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** One movement on a card's principal or bonus account. */
export type CardStatementEntry = {
  __typename?: 'CardStatementEntry';
  /** PRINCIPAL or BONUS. */
  account: Scalars['String']['output'];
  /** Added to what the card holds (a spend is negative). */
  amount: Money;
  /** When it was posted. */
  at: Scalars['DateTime']['output'];
  /** Pass as `after` for the entries that follow. */
  cursor: Scalars['String']['output'];
  /** What it held after. */
  heldAfter: Money;
  /** What the account held before. */
  heldBefore: Money;
  /** card_top_up, sale, card_allocate, card_take_back, card_close... */
  kind: Scalars['String']['output'];
  /** What it belongs to (an order id, a card id). */
  reference?: Maybe<Scalars['String']['output']>;
};

/** Take money back from a child (返款). */
export type CardTakeBackInput = {
  /** Amount (all of it when omitted). */
  amountFen?: InputMaybe<Scalars['Int']['input']>;
  /** The child. */
  childId: Scalars['ID']['input'];
  /** 8-128 characters. */
  idempotencyKey: Scalars['String']['input'];
  /** The parent. */
  parentId: Scalars['ID']['input'];
};

/** One top-up of a card. */
export type CardTopUp = Node & {
  __typename?: 'CardTopUp';
  /** Principal added. */
  amount: Money;
  /** Bonus granted by the product's tiers. */
  bonus: Money;
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Where the money came from. */
  method: CardTopUpMethod;
};

/** Top up a card with the payer's WeChat or Alipay payment code, scanned at the POS. */
export type CardTopUpByCodeInput = {
  /** Amount in fen. */
  amountFen: Scalars['Long']['input'];
  /** The payment code scanned (付款码). */
  authCode: Scalars['String']['input'];
  /** The card. */
  cardId: Scalars['ID']['input'];
  /** 8-128 characters, one per top-up; a retry reuses it. */
  idempotencyKey: Scalars['String']['input'];
  /** WECHAT or ALIPAY. */
  method: CardTopUpMethod;
  /** The station (its open shift, its merchant account). */
  stationId: Scalars['ID']['input'];
};

/** Result of a payment-code top-up. */
export type CardTopUpByCodePayload = {
  __typename?: 'CardTopUpByCodePayload';
  /** Why nothing was charged. */
  errors: Array<CardTopUpPaymentError>;
  /** True when the key had already been used. */
  replay: Scalars['Boolean']['output'];
  /** The top-up: SUCCEEDED, or PENDING while the payer confirms (ask again with cardTopUpPaymentRefresh, with a growing delay), or FAILED. */
  topUp?: Maybe<CardTopUpPayment>;
};

/** Top up a card: cash at the POS, or a bank transfer recorded by finance. */
export type CardTopUpInput = {
  /** Amount in fen. */
  amountFen: Scalars['Int']['input'];
  /** The card. */
  cardId: Scalars['ID']['input'];
  /** 8-128 characters, one per top-up; a retry reuses it. */
  idempotencyKey: Scalars['String']['input'];
  /** CASH or BANK_TRANSFER. */
  method: CardTopUpMethod;
  /** The bank slip number. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Where the money was received. */
  stationId: Scalars['ID']['input'];
};

/** Where top-up money comes from. */
export type CardTopUpMethod =
  | 'ALIPAY'
  | 'BANK_TRANSFER'
  | 'CASH'
  | 'WECHAT';

/** Result of a top-up. */
export type CardTopUpPayload = {
  __typename?: 'CardTopUpPayload';
  /** The card now. */
  card?: Maybe<Card>;
  /** Why nothing changed. */
  errors: Array<CardError>;
  /** True when the key had already topped up. */
  replay: Scalars['Boolean']['output'];
  /** The top-up (the first one, on replay). */
  topUp?: Maybe<CardTopUp>;
};

/** A top-up paid through a payment channel, until final. */
export type CardTopUpPayment = Node & {
  __typename?: 'CardTopUpPayment';
  /** What the payer pays, and the principal the card receives. */
  amount: Money;
  /** The bonus the card receives with it (the product's tiers). */
  bonus: Money;
  /** The card, as it stands now. */
  card?: Maybe<Card>;
  /** wechat or alipay. */
  channel: Scalars['String']['output'];
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** True once SUCCEEDED, FAILED or CLOSED: stop asking. */
  final: Scalars['Boolean']['output'];
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** How it is paid. */
  kind: CardTopUpPaymentKind;
  /** The channel's last word, when it refused or is waiting. */
  message?: Maybe<Scalars['String']['output']>;
  /** When it became final. */
  settledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The station whose merchant account is paid. */
  stationId: Scalars['ID']['output'];
  /** Where it stands. */
  status: CardTopUpPaymentStatus;
};

/** A problem with the input of a top-up paid through a channel; nothing was changed. */
export type CardTopUpPaymentError = UserError & {
  __typename?: 'CardTopUpPaymentError';
  /** A stable machine-readable reason. */
  code: CardTopUpPaymentErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a top-up paid through a channel was refused. */
export type CardTopUpPaymentErrorCode =
  | 'AMOUNT_OUT_OF_RANGE'
  | 'CHANNEL_REFUSED'
  | 'CHANNEL_UNAVAILABLE'
  | 'IDEMPOTENCY_CONFLICT'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'NO_MERCHANT'
  | 'NO_OPEN_SHIFT'
  | 'REQUIRED'
  | 'STATE';

/** JSAPI (paid in the mini-program) or PAYMENT_CODE (scanned at the POS). */
export type CardTopUpPaymentKind =
  | 'JSAPI'
  | 'PAYMENT_CODE';

/** PENDING until the channel answers; SUCCEEDED (the card credited), FAILED or CLOSED are final. */
export type CardTopUpPaymentStatus =
  | 'CLOSED'
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

/** A state change the viewer may make to a card now. */
export type CardTransition = {
  __typename?: 'CardTransition';
  /** The change (each has its mutation). */
  event: CardEvent;
  /** Its name: 冻结, 解冻, 挂失, 解除挂失, 停用, 启用, 销户. */
  label: Scalars['String']['output'];
  /** The state it leads to. */
  to: CardState;
};

/** A ride-hailing driver certification request (网约车司机认证). */
export type Certification = Node & {
  __typename?: 'Certification';
  /** The three documents. */
  documents: Array<CertificationDocument>;
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** The member who asked. */
  member?: Maybe<Member>;
  /** The vehicle's plate. */
  plate: Scalars['String']['output'];
  /** The ride-hailing platform (滴滴出行...). */
  platform: Scalars['String']['output'];
  /** The reviewer's reason (required on rejection). */
  reason?: Maybe<Scalars['String']['output']>;
  /** When it was reviewed. */
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Review state. */
  status: CertificationStatus;
  /** When the member submitted it. */
  submittedAt: Scalars['DateTime']['output'];
};

/** A page of a list (keyset pagination; `first` at most 100). */
export type CertificationConnection = {
  __typename?: 'CertificationConnection';
  /** The items of this page. */
  edges: Array<CertificationEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
};

/** One image of a certification. */
export type CertificationDocument = {
  __typename?: 'CertificationDocument';
  /** image/jpeg or image/png. */
  contentType: Scalars['String']['output'];
  /** The image as a data: URL, to show it (ask only when shown). */
  dataUrl: Scalars['String']['output'];
  /** Which document. */
  kind: CertificationDocumentKind;
  /** SHA-256 of the file (hex). */
  sha256: Scalars['String']['output'];
  /** Size of the file. */
  sizeBytes: Scalars['Int']['output'];
};

/** One document image, base64-encoded (JPEG or PNG, at most 5 MB). */
export type CertificationDocumentInput = {
  /** The image, base64. */
  contentBase64: Scalars['String']['input'];
  /** image/jpeg or image/png (must match the bytes). */
  contentType: Scalars['String']['input'];
  /** Which document. */
  kind: CertificationDocumentKind;
};

/** Driver's licence (驾驶证), vehicle licence (行驶证), or the platform's certificate (网约车平台证明). */
export type CertificationDocumentKind =
  | 'DRIVER_LICENCE'
  | 'PLATFORM_CERTIFICATE'
  | 'VEHICLE_LICENCE';

/** One item of a page with its cursor. */
export type CertificationEdge = {
  __typename?: 'CertificationEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Certification;
};

/** A problem with the input of a driver certification; nothing was changed. */
export type CertificationError = UserError & {
  __typename?: 'CertificationError';
  /** A stable machine-readable reason. */
  code: CertificationErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a driver certification was refused. */
export type CertificationErrorCode =
  | 'ALREADY_PENDING'
  | 'FILE_TOO_LARGE'
  | 'FILE_TYPE'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'NOT_PENDING'
  | 'NOT_REGISTERED'
  | 'REQUIRED';

/** Filters of the certification list. */
export type CertificationFilter = {
  /** Only requests in this state. */
  status?: InputMaybe<CertificationStatus>;
};

/** Result of a certification mutation. */
export type CertificationPayload = {
  __typename?: 'CertificationPayload';
  /** The request. */
  certification?: Maybe<Certification>;
  /** Why nothing changed. */
  errors: Array<CertificationError>;
};

/** Approve or reject a pending certification. */
export type CertificationReviewInput = {
  /** True to approve, false to reject. */
  approve: Scalars['Boolean']['input'];
  /** The certification. */
  id: Scalars['ID']['input'];
  /** Required when rejecting. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Waiting for review, approved or rejected. */
export type CertificationStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** Ask to be certified as a ride-hailing driver, with the three documents. */
export type CertificationSubmitInput = {
  /** Driver's licence, vehicle licence, platform certificate. */
  documents: Array<CertificationDocumentInput>;
  /** The vehicle's plate. */
  plate: Scalars['String']['input'];
  /** The ride-hailing platform (滴滴出行...). */
  platform: Scalars['String']['input'];
};

/** Pay completed fuelings (and goods) at the POS. */
export type CheckoutCreateInput = {
  /** Manual discount in fen (needs MANAGE_ORDERS; audited). */
  discountFen?: Scalars['Long']['input'];
  /** Why the manual discount. */
  discountReason?: InputMaybe<Scalars['String']['input']>;
  /** Completed, unpaid fuelings of the station. */
  fuelingIds: Array<Scalars['ID']['input']>;
  /** Goods sold with it. */
  goods?: Array<GoodsLineInput>;
  /** Unique per checkout (8-128 characters); a retry with the same key and body returns the first result. */
  idempotencyKey: Scalars['String']['input'];
  /** Why the make-up order. */
  makeUpReason?: InputMaybe<Scalars['String']['input']>;
  /** Make-up lines (补单): sales the link did not capture; need MAKE_UP_ORDERS and makeUpReason; audited. */
  manual?: Array<ManualFuelInput>;
  /** The driver, when identified (memberLookup): member prices apply. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** Cashier's remark. */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** The station. */
  stationId: Scalars['ID']['input'];
  /** Tags such as 滴滴 (at most 5). */
  tags?: Array<Scalars['String']['input']>;
  /** How it is paid; the amounts add up to the total. */
  tenders: Array<TenderInput>;
  /** The vehicle's plate, when known. */
  vehiclePlate?: InputMaybe<Scalars['String']['input']>;
};

/** A problem with the input of a checkout; nothing was changed. */
export type CheckoutError = UserError & {
  __typename?: 'CheckoutError';
  /** A stable machine-readable reason. */
  code: CheckoutErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a checkout was refused. */
export type CheckoutErrorCode =
  | 'ALREADY_PAID'
  | 'AMOUNT_MISMATCH'
  | 'IDEMPOTENCY_CONFLICT'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'NOT_PAYABLE'
  | 'NO_MERCHANT'
  | 'NO_OPEN_SHIFT'
  | 'PAYMENT_PENDING';

/** Result of a checkout. */
export type CheckoutPayload = {
  __typename?: 'CheckoutPayload';
  /** Why nothing was paid. */
  errors: Array<CheckoutError>;
  /** The paid order. */
  order?: Maybe<Order>;
  /** True when this key was already used: the first result is returned, nothing was done again. */
  replay: Scalars['Boolean']['output'];
};

/** A sale priced before payment. */
export type CheckoutQuote = {
  __typename?: 'CheckoutQuote';
  /** All discounts. */
  discount: Money;
  /** Discounts, in the order they are taken. */
  discounts: Array<OrderDiscount>;
  /** Lines, in the order checkout makes them. */
  lines: Array<OrderLine>;
  /** What the tenders must add up to. */
  payable: Money;
  /** Before discounts. */
  total: Money;
};

/** What would be sold: as in checkoutCreate, without the payment. */
export type CheckoutQuoteInput = {
  /** Manual discount in fen (needs MANAGE_ORDERS). */
  discountFen?: Scalars['Long']['input'];
  /** Why the manual discount. */
  discountReason?: InputMaybe<Scalars['String']['input']>;
  /** Completed, unpaid fuelings of the station. */
  fuelingIds?: Array<Scalars['ID']['input']>;
  /** Goods sold with them. */
  goods?: Array<GoodsLineInput>;
  /** Why the make-up lines. */
  makeUpReason?: InputMaybe<Scalars['String']['input']>;
  /** Make-up lines (补单). */
  manual?: Array<ManualFuelInput>;
  /** The driver, when identified. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** The station. */
  stationId: Scalars['ID']['input'];
  /** The tenders the customer intends to use (some discounts depend on them). */
  tenders?: Array<Tender>;
  /** The vehicle's plate, when known. */
  vehiclePlate?: InputMaybe<Scalars['String']['input']>;
};

/** Result of a quote. */
export type CheckoutQuotePayload = {
  __typename?: 'CheckoutQuotePayload';
  /** Why the sale cannot be priced (the same refusals checkout would give). */
  errors: Array<CheckoutError>;
  /** The priced sale. */
  quote?: Maybe<CheckoutQuote>;
};

/** A station's business day closed (日结): who closed it, when, and the day's totals as recorded then (they never change). */
export type DayClose = {
  __typename?: 'DayClose';
  /** The business day, in the station's time zone. */
  businessDate: Scalars['Date']['output'];
  /** Per grade. */
  byGrade: Array<ReportRow>;
  /** Per nozzle. */
  byNozzle: Array<ReportRow>;
  /** Per tender. */
  byTender: Array<ReportRow>;
  /** When it was closed. */
  closedAt: Scalars['DateTime']['output'];
  /** Who closed it. */
  closedByName?: Maybe<Scalars['String']['output']>;
  /** Cash counted at the day's shift closes. */
  countedCash: Money;
  /** Amount driven off. */
  driveOffAmount: Money;
  /** Drive-offs (逃单). */
  driveOffs: Scalars['Int']['output'];
  /** Expected cash of the day's shifts. */
  expectedCash: Money;
  /** Orders sold. */
  orders: Scalars['Int']['output'];
  /** Cash over (positive) or short (negative), summed. */
  overShort: Money;
  /** Refunds. */
  refunds: Money;
  /** Refunds per tender. */
  refundsByTender: Array<ReportRow>;
  /** Remark given at closing. */
  remark?: Maybe<Scalars['String']['output']>;
  /** Sales. */
  sales: Money;
  /** Shifts of the day. */
  shiftCount: Scalars['Int']['output'];
};

/** A problem with the input of a day close; nothing was changed. */
export type DayCloseError = UserError & {
  __typename?: 'DayCloseError';
  /** A stable machine-readable reason. */
  code: DayCloseErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a day close was refused. */
export type DayCloseErrorCode =
  | 'ALREADY_CLOSED'
  | 'IDEMPOTENCY_CONFLICT'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'SHIFT_OPEN';

/** Close a station's business day. */
export type DayCloseInput = {
  /** The business day, in the station's time zone (not in the future). */
  businessDate: Scalars['Date']['input'];
  /** Unique per day close (8-128 characters); a retry with the same key and body returns the first result. */
  idempotencyKey: Scalars['String']['input'];
  /** Remark (at most 200 characters). */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** The station. */
  stationId: Scalars['ID']['input'];
};

/** Result of a day close. */
export type DayClosePayload = {
  __typename?: 'DayClosePayload';
  /** The recorded close. */
  dayClose?: Maybe<DayClose>;
  /** Why the day was not closed. */
  errors: Array<DayCloseError>;
  /** True when this key was already used: the first result is returned, nothing was done again. */
  replay: Scalars['Boolean']['output'];
};

/** A pump_link box bound to one station. Requires MANAGE_DEVICES. */
export type Device = Node & {
  __typename?: 'Device';
  /** When the device was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Last time the device reported. */
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  /** Device name. */
  name: Scalars['String']['output'];
  /** The token's public part. */
  prefix: Scalars['String']['output'];
  /** When the device token was revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The station the device serves. */
  station?: Maybe<Station>;
};

/** Register a pump_link box at a station. */
export type DeviceCreateInput = {
  /** Device name. */
  name: Scalars['String']['input'];
  /** The station. */
  stationId: Scalars['ID']['input'];
};

/** A problem with the input of a device mutation; nothing was changed. */
export type DeviceError = UserError & {
  __typename?: 'DeviceError';
  /** A stable machine-readable reason. */
  code: DeviceErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a device mutation was refused. */
export type DeviceErrorCode =
  | 'NOT_FOUND'
  | 'REQUIRED';

/** Result of a device mutation. */
export type DevicePayload = {
  __typename?: 'DevicePayload';
  /** The device. */
  device?: Maybe<Device>;
  /** Why nothing changed. */
  errors: Array<DeviceError>;
  /** The device token, shown only once. */
  token?: Maybe<Scalars['String']['output']>;
};

/** Revoke a device's token. */
export type DeviceRevokeInput = {
  /** The device. */
  id: Scalars['ID']['input'];
};

/** A dispenser on a hub port. Requires VIEW_FORECOURT. */
export type Dispenser = Node & {
  __typename?: 'Dispenser';
  /** Port of the hub it is wired to. */
  hubPort: Scalars['Int']['output'];
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Its link to the station device. */
  link: DispenserLink;
  /** Name. */
  name: Scalars['String']['output'];
  /** Its nozzles, by number. */
  nozzles: Array<Nozzle>;
  /** Dispenser number on the station. */
  number: Scalars['Int']['output'];
  /** Its serial protocol. */
  protocol: DispenserProtocol;
};

/** A dispenser; on update, omitted fields stay as they are. */
export type DispenserInput = {
  /** Bus address, 0-255. */
  address?: InputMaybe<Scalars['Int']['input']>;
  /** Baud rate. */
  baud?: InputMaybe<Scalars['Int']['input']>;
  /** Data bits, 7 or 8. */
  dataBits?: InputMaybe<Scalars['Int']['input']>;
  /** Hub port, 1-64. */
  hubPort?: InputMaybe<Scalars['Int']['input']>;
  /** The dispenser (update only). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Number on the station, 1-99. */
  number?: InputMaybe<Scalars['Int']['input']>;
  /** Parity. */
  parity?: InputMaybe<SerialParity>;
  /** Protocol. */
  protocol?: InputMaybe<DispenserProtocol>;
  /** Its station (create only). */
  stationId?: InputMaybe<Scalars['ID']['input']>;
  /** Stop bits, 1 or 2. */
  stopBits?: InputMaybe<Scalars['Int']['input']>;
};

/** The state of a dispenser's serial link. */
export type DispenserLink = {
  __typename?: 'DispenserLink';
  /** Since when (null: never reported). */
  since?: Maybe<Scalars['DateTime']['output']>;
  /** True when the station device talks to the dispenser. */
  up: Scalars['Boolean']['output'];
};

/** A dispenser's link going up or down. */
export type DispenserLinkInput = {
  /** Dispenser number on the station. */
  dispenserNumber: Scalars['Int']['input'];
  /** The device's monotonic sequence (as for nozzle states). */
  sequence: Scalars['Long']['input'];
  /** True when the link is up. */
  up: Scalars['Boolean']['input'];
};

/** Link changes of the station's dispensers. */
export type DispenserLinksReportInput = {
  /** One entry per dispenser that changed. */
  links: Array<DispenserLinkInput>;
};

/** Result of a link report. */
export type DispenserLinksReportPayload = {
  __typename?: 'DispenserLinksReportPayload';
  /** How many links changed state. */
  changed: Scalars['Int']['output'];
  /** Why nothing was applied. */
  errors: Array<NozzleStatesReportError>;
};

/** The protocol a dispenser speaks on its serial line. */
export type DispenserProtocol =
  | 'DART'
  | 'KAJILIAN';

/** A problem with the input of a driver's card payment; nothing was changed. */
export type DriverCardPayError = UserError & {
  __typename?: 'DriverCardPayError';
  /** A stable machine-readable reason. */
  code: DriverCardPayErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a driver's card payment was refused. */
export type DriverCardPayErrorCode =
  | 'ALREADY_PAID'
  | 'AMOUNT_MISMATCH'
  | 'IDEMPOTENCY_CONFLICT'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'NOT_PAYABLE'
  | 'NO_MERCHANT'
  | 'NO_OPEN_SHIFT'
  | 'PAYMENT_PENDING';

/** Pay by one of your stored-value cards: an order of yours awaiting payment (orderId), or a fueling now (sale), exactly one of the two. */
export type DriverCardPayInput = {
  /** Your card (viewerCards), or a child card of yours. */
  cardId: Scalars['ID']['input'];
  /** 8 to 64 characters, made once per payment attempt and sent again on every retry of it. */
  idempotencyKey: Scalars['String']['input'];
  /** An order of yours awaiting payment. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** The card's payment password, when its product asks for one above an amount. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** A fueling, as driverCheckout takes it. */
  sale?: InputMaybe<DriverSaleInput>;
  /** The vehicle fuelled (with sale). */
  vehiclePlate?: InputMaybe<Scalars['String']['input']>;
};

/** Result of a card payment. */
export type DriverCardPayPayload = {
  __typename?: 'DriverCardPayPayload';
  /** The card, after paying. */
  card?: Maybe<Card>;
  /** Why nothing was charged (the field: cardId for the card's state, limits or balance; password when it is needed or wrong). */
  errors: Array<DriverCardPayError>;
  /** The order, now PAID. */
  order?: Maybe<DriverOrder>;
  /** The card payment (SUCCEEDED). */
  payment?: Maybe<DriverPayment>;
  /** True when this repeats an earlier request. */
  replay: Scalars['Boolean']['output'];
};

/** Top up one of your cards by WeChat Pay. */
export type DriverCardTopUpInput = {
  /** What you pay, in fen, within the product's top-up range. */
  amountFen: Scalars['Long']['input'];
  /** Your card (viewerCards): a parent or a card without children. */
  cardId: Scalars['ID']['input'];
  /** 8 to 64 characters, made once per top-up attempt and sent again on every retry of it. */
  idempotencyKey: Scalars['String']['input'];
  /** The station you top up at, whose merchant account takes the money (it must accept the card); the card's own station when omitted. */
  stationId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of a top-up by WeChat Pay. */
export type DriverCardTopUpPayload = {
  __typename?: 'DriverCardTopUpPayload';
  /** Why nothing was charged. */
  errors: Array<CardTopUpPaymentError>;
  /** True when this repeats an earlier request. */
  replay: Scalars['Boolean']['output'];
  /** Pass to wx.requestPayment; the same on every retry with the same key. */
  requestPayment?: Maybe<WxRequestPayment>;
  /** The top-up, PENDING until WeChat Pay confirms it. */
  topUp?: Maybe<CardTopUpPayment>;
};

/** A problem with the input of a driver's checkout; nothing was changed. */
export type DriverCheckoutError = UserError & {
  __typename?: 'DriverCheckoutError';
  /** A stable machine-readable reason. */
  code: DriverCheckoutErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a driver's checkout was refused. */
export type DriverCheckoutErrorCode =
  | 'ALREADY_PAID'
  | 'CHANNEL_REFUSED'
  | 'CHANNEL_UNAVAILABLE'
  | 'IDEMPOTENCY_CONFLICT'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'NOT_PAYABLE'
  | 'NO_MERCHANT'
  | 'NO_OPEN_SHIFT'
  | 'PHONE_REQUIRED';

/** Pay a fueling now by WeChat Pay. */
export type DriverCheckoutInput = {
  /** The amount on the dispenser, in fen. */
  amountFen?: InputMaybe<Scalars['Long']['input']>;
  /** The fueling chosen. */
  fuelingId?: InputMaybe<Scalars['ID']['input']>;
  /** 8 to 64 characters, made once per payment attempt and sent again on every retry of it. */
  idempotencyKey: Scalars['String']['input'];
  /** The nozzle, with amountFen. */
  nozzleNumber?: InputMaybe<Scalars['Int']['input']>;
  /** The station. */
  stationId: Scalars['ID']['input'];
  /** The vehicle fuelled (京A12345). */
  vehiclePlate?: InputMaybe<Scalars['String']['input']>;
};

/** Result of a driver's checkout. */
export type DriverCheckoutPayload = {
  __typename?: 'DriverCheckoutPayload';
  /** Why nothing was charged. */
  errors: Array<DriverCheckoutError>;
  /** The order, awaiting payment. */
  order?: Maybe<DriverOrder>;
  /** The WeChat Pay payment (PENDING). */
  payment?: Maybe<DriverPayment>;
  /** Pass to wx.requestPayment; the same on every retry with the same key. */
  requestPayment?: Maybe<WxRequestPayment>;
};

/** A completed fueling not paid yet. */
export type DriverFueling = {
  __typename?: 'DriverFueling';
  /** Amount as the dispenser showed it. */
  amount: Money;
  /** When the nozzle was hung up. */
  endedAt: Scalars['DateTime']['output'];
  /** Grade code. */
  gradeCode: Scalars['String']['output'];
  /** The fueling's global ID. */
  id: Scalars['ID']['output'];
  /** Unit price per litre. */
  unitPrice: Money;
  /** Volume. */
  volume: Volume;
};

/** A grade sold at a station, with today's price from the price book. */
export type DriverGrade = {
  __typename?: 'DriverGrade';
  /** National grade code (1402 for 92#). */
  code: Scalars['String']['output'];
  /** Grade name, e.g. 92#. */
  name: Scalars['String']['output'];
  /** Today's price per litre. */
  price: Money;
};

/** An e-invoice request of an order (issued later through the e-invoice interface). */
export type DriverInvoiceRequest = {
  __typename?: 'DriverInvoiceRequest';
  /** When it was asked for. */
  createdAt: Scalars['DateTime']['output'];
  /** Where the e-invoice goes. */
  email: Scalars['String']['output'];
  /** requested or issued. */
  status: Scalars['String']['output'];
  /** Taxpayer number of a company title. */
  taxNumber?: Maybe<Scalars['String']['output']>;
  /** Invoice title (抬头). */
  title: Scalars['String']['output'];
};

/** A problem with the input of an e-invoice request; nothing was changed. */
export type DriverInvoiceRequestError = UserError & {
  __typename?: 'DriverInvoiceRequestError';
  /** A stable machine-readable reason. */
  code: DriverInvoiceRequestErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why an e-invoice request was refused. */
export type DriverInvoiceRequestErrorCode =
  | 'ALREADY_REQUESTED'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'NOT_INVOICEABLE';

/** Ask for the e-invoice of an order. */
export type DriverInvoiceRequestInput = {
  /** Where to send the e-invoice. */
  email: Scalars['String']['input'];
  /** The link's `k` (not needed for your own orders). */
  key?: InputMaybe<Scalars['String']['input']>;
  /** The order (its `o` in the receipt's /mp/invoice link). */
  orderId: Scalars['ID']['input'];
  /** Taxpayer number (company titles). */
  taxNumber?: InputMaybe<Scalars['String']['input']>;
  /** Invoice title: a company's name, or 个人. */
  title: Scalars['String']['input'];
};

/** Result of an e-invoice request. */
export type DriverInvoiceRequestPayload = {
  __typename?: 'DriverInvoiceRequestPayload';
  /** Why nothing was recorded. */
  errors: Array<DriverInvoiceRequestError>;
  /** The request made. */
  invoiceRequest?: Maybe<DriverInvoiceRequest>;
};

/** Where the driver is (GCJ-02, as wx.getLocation type gcj02 gives it). */
export type DriverLocationInput = {
  /** Latitude, -90 to 90. */
  latitude: Scalars['Decimal']['input'];
  /** Longitude, -180 to 180. */
  longitude: Scalars['Decimal']['input'];
};

/** A nozzle of a station with its live state. */
export type DriverNozzle = {
  __typename?: 'DriverNozzle';
  /** Running (or last) amount. */
  amount: Money;
  /** The grade it sells, with today's price. */
  grade: DriverGrade;
  /** Nozzle number across the station. */
  number: Scalars['Int']['output'];
  /** What it is doing now. */
  state: NozzleState;
  /** Running (or last) volume. */
  volume: Volume;
};

/** A driver's own order. */
export type DriverOrder = {
  __typename?: 'DriverOrder';
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Discounts. */
  discount: Money;
  /** Discounts (member price, campaigns), in the order they were taken. */
  discounts: Array<OrderDiscount>;
  /** The order's global ID. */
  id: Scalars['ID']['output'];
  /** The e-invoice request, once made. */
  invoiceRequest?: Maybe<DriverInvoiceRequest>;
  /** Lines. */
  lines: Array<OrderLine>;
  /** Order number. */
  number: Scalars['String']['output'];
  /** When it was paid. */
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the driver pays. */
  payable: Money;
  /** Payments. */
  payments: Array<DriverPayment>;
  /** The receipt as a self-contained HTML page (with the e-invoice QR code once paid). */
  receiptHtml: Scalars['String']['output'];
  /** The station's name. */
  stationName: Scalars['String']['output'];
  /** Where it stands. */
  status: OrderStatus;
  /** Before discounts. */
  total: Money;
  /** The vehicle. */
  vehiclePlate?: Maybe<Scalars['String']['output']>;
};

/** A page of a list (keyset pagination; `first` at most 100). */
export type DriverOrderConnection = {
  __typename?: 'DriverOrderConnection';
  /** The items of this page. */
  edges: Array<DriverOrderEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page with its cursor. */
export type DriverOrderEdge = {
  __typename?: 'DriverOrderEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: DriverOrder;
};

/** One payment of a driver's order. */
export type DriverPayment = {
  __typename?: 'DriverPayment';
  /** Amount. */
  amount: Money;
  /** The payment's global ID (follow it with driverPayment). */
  id: Scalars['ID']['output'];
  /** The channel's reason when it failed. */
  message?: Maybe<Scalars['String']['output']>;
  /** PENDING until WeChat Pay confirms; SUCCEEDED, FAILED or CLOSED are final. */
  status: PaymentStatus;
  /** How it is paid. */
  tender: Tender;
};

/** A payment followed until it is final. */
export type DriverPaymentState = {
  __typename?: 'DriverPaymentState';
  /** True once SUCCEEDED, FAILED or CLOSED: stop asking. */
  final: Scalars['Boolean']['output'];
  /** Its order. */
  order: DriverOrder;
  /** The payment. */
  payment: DriverPayment;
};

/** What the driver would pay for a fueling, priced as driverCheckout will charge. */
export type DriverQuote = {
  __typename?: 'DriverQuote';
  /** All discounts. */
  discount: Money;
  /** Discounts for this member paying by WeChat. */
  discounts: Array<OrderDiscount>;
  /** The fueling priced. */
  fueling: DriverFueling;
  /** Lines. */
  lines: Array<OrderLine>;
  /** What the driver pays. */
  payable: Money;
  /** Before discounts. */
  total: Money;
};

/** Result of a quote. */
export type DriverQuotePayload = {
  __typename?: 'DriverQuotePayload';
  /** Why it cannot be paid in the mini-program (the same refusals checkout gives). */
  errors: Array<DriverCheckoutError>;
  /** The priced sale. */
  quote?: Maybe<DriverQuote>;
};

/** What the driver pays: a fueling from driverFuelings, or the amount the dispenser shows on a nozzle (it must match exactly one fueling of that nozzle). */
export type DriverSaleInput = {
  /** The amount on the dispenser, in fen. */
  amountFen?: InputMaybe<Scalars['Long']['input']>;
  /** The fueling chosen. */
  fuelingId?: InputMaybe<Scalars['ID']['input']>;
  /** The nozzle, with amountFen. */
  nozzleNumber?: InputMaybe<Scalars['Int']['input']>;
  /** The station. */
  stationId: Scalars['ID']['input'];
};

/** A station as drivers see it. */
export type DriverStation = {
  __typename?: 'DriverStation';
  /** Address. */
  address?: Maybe<Scalars['String']['output']>;
  /** Station code. */
  code: Scalars['String']['output'];
  /** Distance from the given location in metres. */
  distanceM?: Maybe<Scalars['Int']['output']>;
  /** Grades with today's prices. */
  grades: Array<DriverGrade>;
  /** The station's global ID (as in its QR code's deep link). */
  id: Scalars['ID']['output'];
  /** Latitude (GCJ-02, as wx.openLocation wants). */
  latitude?: Maybe<Scalars['Decimal']['output']>;
  /** Longitude (GCJ-02). */
  longitude?: Maybe<Scalars['Decimal']['output']>;
  /** Station name. */
  name: Scalars['String']['output'];
  /** Open now by its hours (null when unknown). */
  openNow?: Maybe<Scalars['Boolean']['output']>;
  /** Opening hours as written, e.g. 06:00-22:00. */
  openingHours?: Maybe<Scalars['String']['output']>;
  /** Who the driver pays: the payee of the station's WeChat merchant account (null: no mini-program payment). */
  payeeName?: Maybe<Scalars['String']['output']>;
  /** Phone number to call. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** How the driver means to pay in the mini-program. */
export type DriverTender =
  | 'CARD'
  | 'WECHAT';

/** An enterprise customer (大客户 / 车队). Requires VIEW_FLEETS at its responsible station. */
export type Fleet = Node & {
  __typename?: 'Fleet';
  /** Adjustments requested, newest first. */
  adjustments: Array<FleetAdjustment>;
  /** The members who administer it from the mini-program (车队管理员). */
  administrators: Array<FleetAdministrator>;
  /** Balances and credit, from the ledger. */
  balances: FleetBalances;
  /** Contact persons. */
  contacts: Array<FleetContact>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Change history (the audit log of the fleet), newest first. */
  history: Array<AuditLog>;
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Company name. */
  name: Scalars['String']['output'];
  /** Customer code (客户编码), unique in the company. */
  number: Scalars['String']['output'];
  /** Money received (top-ups and payments), newest first. */
  receipts: Array<FleetReceipt>;
  /** Remark. */
  remark?: Maybe<Scalars['String']['output']>;
  /** The responsible station (责任站点). */
  station?: Maybe<Station>;
  /** NORMAL or FROZEN. */
  status: FleetStatus;
  /** Unified social credit code (统一社会信用代码). */
  taxNumber: Scalars['String']['output'];
  /** How many vehicles are whitelisted. */
  vehicleCount: Scalars['Int']['output'];
  /** The whitelisted vehicles, by plate. */
  vehicles: Array<FleetVehicle>;
};

/** A requested change of a fleet's credit limit or balance, applied once another person approves it. */
export type FleetAdjustment = Node & {
  __typename?: 'FleetAdjustment';
  /** The limit or balance after approval. */
  after?: Maybe<Money>;
  /** The new credit limit, or the signed correction. */
  amount: Money;
  /** The limit or balance when approved. */
  before?: Maybe<Money>;
  /** When it was approved or rejected. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who approved or rejected it. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** The approver's note, or why it was rejected. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** The fleet. */
  fleet?: Maybe<Fleet>;
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** What is adjusted. */
  kind: FleetAdjustmentKind;
  /** Why. */
  reason: Scalars['String']['output'];
  /** When it was requested. */
  requestedAt: Scalars['DateTime']['output'];
  /** Who requested it. */
  requestedBy?: Maybe<Scalars['String']['output']>;
  /** Where it stands. */
  status: FleetAdjustmentStatus;
};

/** A page of a list (keyset pagination; `first` at most 100). */
export type FleetAdjustmentConnection = {
  __typename?: 'FleetAdjustmentConnection';
  /** The items of this page. */
  edges: Array<FleetAdjustmentEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
};

/** Approve or reject a pending adjustment (not your own). */
export type FleetAdjustmentDecisionInput = {
  /** The adjustment. */
  id: Scalars['ID']['input'];
  /** A note (required to reject). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** One item of a page with its cursor. */
export type FleetAdjustmentEdge = {
  __typename?: 'FleetAdjustmentEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: FleetAdjustment;
};

/** A problem with the input of an adjustment; nothing was changed. */
export type FleetAdjustmentError = UserError & {
  __typename?: 'FleetAdjustmentError';
  /** A stable machine-readable reason. */
  code: FleetAdjustmentErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why an adjustment was refused. */
export type FleetAdjustmentErrorCode =
  | 'IDEMPOTENCY_CONFLICT'
  | 'INSUFFICIENT_FUNDS'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'NOT_PENDING'
  | 'SAME_PERSON'
  | 'UNBALANCED';

/** Filters of the adjustment list. */
export type FleetAdjustmentFilter = {
  /** Only this fleet's. */
  fleetId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this status (PENDING: the approval queue). */
  status?: InputMaybe<FleetAdjustmentStatus>;
};

/** CREDIT_LIMIT: set the credit line to the amount; PREPAID / GRANTED: correct that balance by the signed amount (GRANTED also grants rebates). */
export type FleetAdjustmentKind =
  | 'CREDIT_LIMIT'
  | 'GRANTED'
  | 'PREPAID';

/** Result of an adjustment request or decision. */
export type FleetAdjustmentPayload = {
  __typename?: 'FleetAdjustmentPayload';
  /** The adjustment. */
  adjustment?: Maybe<FleetAdjustment>;
  /** Why nothing changed. */
  errors: Array<FleetAdjustmentError>;
  /** The fleet, with its balances. */
  fleet?: Maybe<Fleet>;
  /** True when this repeated an earlier request. */
  replay: Scalars['Boolean']['output'];
};

/** Ask for an adjustment; it is applied once another person approves it. */
export type FleetAdjustmentRequestInput = {
  /** CREDIT_LIMIT: the new limit; PREPAID/GRANTED: the signed correction, in fen. */
  amountFen: Scalars['Long']['input'];
  /** The fleet. */
  fleetId: Scalars['ID']['input'];
  /** Unique per request (8-128 characters). */
  idempotencyKey: Scalars['String']['input'];
  /** What to adjust. */
  kind: FleetAdjustmentKind;
  /** Why (2-200 characters). */
  reason: Scalars['String']['input'];
};

/** PENDING approval, APPROVED (applied) or REJECTED. */
export type FleetAdjustmentStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** A member who administers a fleet from the mini-program (车队管理员). */
export type FleetAdministrator = Node & {
  __typename?: 'FleetAdministrator';
  /** When they were named. */
  createdAt: Scalars['DateTime']['output'];
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** The member's number. */
  memberNumber: Scalars['String']['output'];
  /** The member's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The member's phone, masked unless you hold VIEW_PHONE_NUMBERS. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** Name a member, by the phone they registered with, an administrator of a fleet. */
export type FleetAdministratorAddInput = {
  /** The fleet. */
  fleetId: Scalars['ID']['input'];
  /** The member's mobile number. */
  phone: Scalars['String']['input'];
};

/** Remove an administrator of a fleet. */
export type FleetAdministratorRemoveInput = {
  /** The administrator (Fleet.administrators). */
  id: Scalars['ID']['input'];
};

/** A fleet's money, from the ledger. */
export type FleetBalances = {
  __typename?: 'FleetBalances';
  /** Credit still available (剩余可欠款). */
  creditAvailable: Money;
  /** Credit line (授信额度). */
  creditLimit: Money;
  /** Credit used, owed by the fleet (欠款). */
  creditUsed: Money;
  /** Granted balance (赠送余额, e.g. rebates), spent second. */
  granted: Money;
  /** Prepaid balance (预存余额), spent first. */
  prepaid: Money;
  /** What its vehicles may still spend on account. */
  spendable: Money;
};

/** A page of a list (keyset pagination; `first` at most 100). */
export type FleetConnection = {
  __typename?: 'FleetConnection';
  /** The items of this page. */
  edges: Array<FleetEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
};

/** A contact person of a fleet. */
export type FleetContact = {
  __typename?: 'FleetContact';
  /** Name. */
  name: Scalars['String']['output'];
  /** Phone, masked unless you hold VIEW_PHONE_NUMBERS. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Position (职务). */
  title?: Maybe<Scalars['String']['output']>;
};

/** A contact person. */
export type FleetContactInput = {
  /** Name. */
  name: Scalars['String']['input'];
  /** Phone (stored encrypted). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Position. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** One item of a page with its cursor. */
export type FleetEdge = {
  __typename?: 'FleetEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Fleet;
};

/** A problem with the input of a fleet or vehicle change; nothing was changed. */
export type FleetError = UserError & {
  __typename?: 'FleetError';
  /** A stable machine-readable reason. */
  code: FleetErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a fleet or vehicle change was refused. */
export type FleetErrorCode =
  | 'ALREADY'
  | 'DUPLICATE'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'TAX_NUMBER_INVALID';

/** Filters of the fleet list. */
export type FleetFilter = {
  /** Part of the name, the customer code, the whole tax number, or a vehicle's plate. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Responsible stations. */
  stationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only this status. */
  status?: InputMaybe<FleetStatus>;
};

/** A problem with the input of recording money received; nothing was changed. */
export type FleetFundsError = UserError & {
  __typename?: 'FleetFundsError';
  /** A stable machine-readable reason. */
  code: FleetFundsErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why recording money received was refused. */
export type FleetFundsErrorCode =
  | 'IDEMPOTENCY_CONFLICT'
  | 'INSUFFICIENT_FUNDS'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'OVERPAID'
  | 'UNBALANCED';

/** A fuel grade, as a vehicle's limits name it. */
export type FleetGrade = {
  __typename?: 'FleetGrade';
  /** National code (gradeCodes hold these). */
  code: Scalars['String']['output'];
  /** Name (92#). */
  name: Scalars['String']['output'];
};

/** Result of a fleet change. */
export type FleetPayload = {
  __typename?: 'FleetPayload';
  /** Why nothing changed. */
  errors: Array<FleetError>;
  /** The fleet after the change. */
  fleet?: Maybe<Fleet>;
};

/** Money received from a fleet by bank transfer. */
export type FleetReceipt = Node & {
  __typename?: 'FleetReceipt';
  /** Amount. */
  amount: Money;
  /** The bank's transaction number. */
  bankReference: Scalars['String']['output'];
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Top-up or payment. */
  kind: FleetReceiptKind;
  /** When the bank received it. */
  receivedOn: Scalars['Date']['output'];
  /** Remark. */
  remark?: Maybe<Scalars['String']['output']>;
};

/** Money received from a fleet by bank transfer. */
export type FleetReceiptInput = {
  /** Amount, in fen. */
  amountFen: Scalars['Long']['input'];
  /** The bank's transaction number. */
  bankReference: Scalars['String']['input'];
  /** The fleet. */
  fleetId: Scalars['ID']['input'];
  /** Unique per receipt (8-128 characters); a retry with the same key and body returns the first result. */
  idempotencyKey: Scalars['String']['input'];
  /** When the bank received it. */
  receivedOn: Scalars['Date']['input'];
  /** Remark. */
  remark?: InputMaybe<Scalars['String']['input']>;
};

/** TOP_UP (into the prepaid balance) or PAYMENT (of credit used). */
export type FleetReceiptKind =
  | 'PAYMENT'
  | 'TOP_UP';

/** Result of recording money received. */
export type FleetReceiptPayload = {
  __typename?: 'FleetReceiptPayload';
  /** Why nothing changed. */
  errors: Array<FleetFundsError>;
  /** The fleet, with its new balances. */
  fleet?: Maybe<Fleet>;
  /** The receipt recorded. */
  receipt?: Maybe<FleetReceipt>;
};

/** Create a fleet (no id) or change one; the credit limit and balances change only through adjustments. */
export type FleetSaveInput = {
  /** Contacts (at most 5; replaces the list). */
  contacts?: InputMaybe<Array<FleetContactInput>>;
  /** The fleet to change. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Company name (2-100 characters). */
  name: Scalars['String']['input'];
  /** Remark. */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** The responsible station. */
  stationId: Scalars['ID']['input'];
  /** Unified social credit code: 18 characters with its check character. */
  taxNumber: Scalars['String']['input'];
};

/** A fleet's monthly statement (月结对账单), in its responsible station's time zone. */
export type FleetStatement = {
  __typename?: 'FleetStatement';
  /** Adjustments approved. */
  adjustments: Array<FleetStatementAdjustment>;
  /** Balances when it ended (or now). */
  closing: FleetStatementBalances;
  /** A file name for the download. */
  filename: Scalars['String']['output'];
  /** The fleet. */
  fleet: Fleet;
  /** The month (2026-01). */
  month: Scalars['String']['output'];
  /** Balances when the month began. */
  opening: FleetStatementBalances;
  /** Orders paid on account, oldest first. */
  orders: Array<FleetStatementOrder>;
  /** Total paid against credit. */
  paid: Money;
  /** Money received. */
  receipts: Array<FleetStatementReceipt>;
  /** Total paid on account. */
  spent: Money;
  /** Total topped up. */
  toppedUp: Money;
  /** Total litres. */
  volume: Volume;
  /** The statement as an Excel workbook (.xlsx), base64-encoded. */
  xlsx: Scalars['String']['output'];
};

/** An adjustment approved in the month. */
export type FleetStatementAdjustment = {
  __typename?: 'FleetStatementAdjustment';
  /** After. */
  after: Money;
  /** Who approved. */
  approvedBy: Scalars['String']['output'];
  /** When it was approved. */
  at: Scalars['DateTime']['output'];
  /** Before. */
  before: Money;
  /** What was adjusted. */
  kind: FleetAdjustmentKind;
  /** Why. */
  reason: Scalars['String']['output'];
  /** Who asked. */
  requestedBy: Scalars['String']['output'];
};

/** A fleet's balances at one instant. */
export type FleetStatementBalances = {
  __typename?: 'FleetStatementBalances';
  /** Credit line. */
  creditLimit: Money;
  /** Credit used (owed). */
  creditUsed: Money;
  /** Granted balance. */
  granted: Money;
  /** Prepaid balance. */
  prepaid: Money;
};

/** An order paid on account in the month. */
export type FleetStatementOrder = {
  __typename?: 'FleetStatementOrder';
  /** Paid on account. */
  amount: Money;
  /** When it was paid. */
  at: Scalars['DateTime']['output'];
  /** Of which on credit. */
  credit: Money;
  /** Grades bought. */
  grades: Array<Scalars['String']['output']>;
  /** Of which from the granted balance. */
  granted: Money;
  /** The order's ID. */
  orderId: Scalars['ID']['output'];
  /** Order number. */
  orderNumber: Scalars['String']['output'];
  /** The vehicle. */
  plate: Scalars['String']['output'];
  /** Of which from the prepaid balance. */
  prepaid: Money;
  /** Where. */
  stationName: Scalars['String']['output'];
  /** Litres of fuel. */
  volume: Volume;
};

/** Money received in the month. */
export type FleetStatementReceipt = {
  __typename?: 'FleetStatementReceipt';
  /** Amount. */
  amount: Money;
  /** When it was recorded. */
  at: Scalars['DateTime']['output'];
  /** The bank's transaction number. */
  bankReference: Scalars['String']['output'];
  /** Top-up or payment. */
  kind: FleetReceiptKind;
  /** When the bank received it. */
  receivedOn: Scalars['Date']['output'];
};

/** NORMAL, or FROZEN (no spending on account). */
export type FleetStatus =
  | 'FROZEN'
  | 'NORMAL';

/** Freeze or unfreeze a fleet. */
export type FleetStatusInput = {
  /** The fleet. */
  id: Scalars['ID']['input'];
  /** Why (2-200 characters; audited). */
  reason: Scalars['String']['input'];
};

/** A whitelisted vehicle of a fleet with its limits (null: none). */
export type FleetVehicle = Node & {
  __typename?: 'FleetVehicle';
  /** Most it may spend on account per day. */
  dailyAmount?: Maybe<Money>;
  /** Most on-account payments per day. */
  dailyCount?: Maybe<Scalars['Int']['output']>;
  /** Most litres it may take per day on account. */
  dailyVolume?: Maybe<Volume>;
  /** The usual driver. */
  driverName?: Maybe<Scalars['String']['output']>;
  /** Grades it may buy on account; empty: any. */
  gradeCodes: Array<Scalars['String']['output']>;
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Plate number, normalised. */
  plate: Scalars['String']['output'];
  /** ACTIVE or FROZEN. */
  status: FleetVehicleStatus;
  /** What it spent on account today (the responsible station's day). */
  today: FleetVehicleUsage;
};

/** Result of a vehicle change. */
export type FleetVehiclePayload = {
  __typename?: 'FleetVehiclePayload';
  /** Why nothing changed. */
  errors: Array<FleetError>;
  /** Its fleet. */
  fleet?: Maybe<Fleet>;
  /** The vehicle. */
  vehicle?: Maybe<FleetVehicle>;
};

/** Take a vehicle off the whitelist. */
export type FleetVehicleRemoveInput = {
  /** The vehicle. */
  id: Scalars['ID']['input'];
};

/** Whitelist a vehicle (no id) or change one; a limit left null is no limit. */
export type FleetVehicleSaveInput = {
  /** Most on account per day, in fen. */
  dailyAmountFen?: InputMaybe<Scalars['Long']['input']>;
  /** Most on-account payments per day. */
  dailyCount?: InputMaybe<Scalars['Int']['input']>;
  /** Most millilitres per day. */
  dailyVolumeMl?: InputMaybe<Scalars['Long']['input']>;
  /** The usual driver. */
  driverName?: InputMaybe<Scalars['String']['input']>;
  /** The fleet. */
  fleetId: Scalars['ID']['input'];
  /** Frozen: may not pay on account. */
  frozen?: Scalars['Boolean']['input'];
  /** Grades it may buy; empty: any. */
  gradeCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The vehicle to change. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Plate number. */
  plate: Scalars['String']['input'];
};

/** ACTIVE, or FROZEN (may not pay on account). */
export type FleetVehicleStatus =
  | 'ACTIVE'
  | 'FROZEN';

/** What a vehicle spent on account in a day. */
export type FleetVehicleUsage = {
  __typename?: 'FleetVehicleUsage';
  /** Amount paid on account. */
  amount: Money;
  /** On-account payments. */
  count: Scalars['Int']['output'];
  /** Litres of fuel. */
  volume: Volume;
};

/** The grade, tank, dispenser or nozzle to delete. */
export type ForecourtConfigDeleteInput = {
  /** Its ID. */
  id: Scalars['ID']['input'];
};

/** A problem with the input of a forecourt configuration change; nothing was changed. */
export type ForecourtConfigError = UserError & {
  __typename?: 'ForecourtConfigError';
  /** A stable machine-readable reason. */
  code: ForecourtConfigErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a forecourt configuration change was refused. */
export type ForecourtConfigErrorCode =
  | 'DUPLICATE'
  | 'INVALID'
  | 'IN_USE'
  | 'NOT_FOUND'
  | 'REQUIRED';

/** Result of a forecourt configuration change. */
export type ForecourtConfigPayload = {
  __typename?: 'ForecourtConfigPayload';
  /** The dispenser, for dispensers. */
  dispenser?: Maybe<Dispenser>;
  /** Why nothing changed. */
  errors: Array<ForecourtConfigError>;
  /** The grade, for grade mutations. */
  grade?: Maybe<FuelGrade>;
  /** The nozzle, for nozzle mutations. */
  nozzle?: Maybe<Nozzle>;
  /** The tank, for tank mutations. */
  tank?: Maybe<Tank>;
};

/** A fuel grade of the company (92#, 0# diesel...). */
export type FuelGrade = Node & {
  __typename?: 'FuelGrade';
  /** National grade code the dispensers report (e.g. 1402). */
  code: Scalars['String']['output'];
  /** Density in grams per litre. */
  densityGPerL?: Maybe<Scalars['Int']['output']>;
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Gasoline, diesel, CNG or LNG. */
  kind: GradeKind;
  /** Name shown to users (92#). */
  name: Scalars['String']['output'];
};

/** A fuel grade; on update, omitted fields stay as they are. */
export type FuelGradeInput = {
  /** National grade code (digits). */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Density, g/L. */
  densityGPerL?: InputMaybe<Scalars['Int']['input']>;
  /** The grade (update only). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Kind. */
  kind?: InputMaybe<GradeKind>;
  /** Name, e.g. 92#. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A completed sale reported by a dispenser. Requires VIEW_FORECOURT. */
export type Fueling = Node & {
  __typename?: 'Fueling';
  /** Amount as the dispenser reported it (authoritative). */
  amount: Money;
  /** True when the two amounts differ by more than 1 fen. */
  amountMismatch: Scalars['Boolean']['output'];
  /** Card number, for card sales. */
  cardNo?: Maybe<Scalars['String']['output']>;
  /** Volume × unit price, rounded half-up to the fen. */
  computedAmount: Money;
  /** When the sale ended. */
  endedAt: Scalars['DateTime']['output'];
  /** The grade sold. */
  grade: FuelGrade;
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Nozzle number on the station. */
  nozzleNumber: Scalars['Int']['output'];
  /** True once an order paid for it. */
  paid: Scalars['Boolean']['output'];
  /** When the sale started. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The station. */
  station: Station;
  /** The nozzle's volume totalizer after the sale. */
  totalizer: Volume;
  /** The dispenser's transaction counter. */
  ttc: Scalars['Long']['output'];
  /** Unit price per litre. */
  unitPrice: Money;
  /** Volume sold. */
  volume: Volume;
};

/** A page of a list (keyset pagination; `first` at most 100). */
export type FuelingConnection = {
  __typename?: 'FuelingConnection';
  /** The items of this page. */
  edges: Array<FuelingEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page with its cursor. */
export type FuelingEdge = {
  __typename?: 'FuelingEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Fueling;
};

/** Filters of the fueling list. */
export type FuelingFilter = {
  /** Ended at or after. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these nozzles. */
  nozzleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these nozzle numbers. */
  nozzleNumbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** true: only paid; false: only those still to be paid (not paid, not written off as a drive-off, not in an order being paid by another tender). */
  paid?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these stations. */
  stationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Ended before. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A problem with the input of a fueling record; nothing was changed. */
export type FuelingRecordError = UserError & {
  __typename?: 'FuelingRecordError';
  /** A stable machine-readable reason. */
  code: FuelingRecordErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a fueling record was refused. */
export type FuelingRecordErrorCode =
  | 'CONFLICT'
  | 'INVALID'
  | 'UNKNOWN_NOZZLE';

/** A completed sale as the dispenser reported it (32H record). */
export type FuelingRecordInput = {
  /** Amount in fen as the dispenser computed it. */
  amountFen: Scalars['Long']['input'];
  /** Card number (card sales). */
  cardNo?: InputMaybe<Scalars['String']['input']>;
  /** Dispenser number on the station. */
  dispenserNumber: Scalars['Int']['input'];
  /** End of the sale. */
  endedAt: Scalars['DateTime']['input'];
  /** National grade code the dispenser reported. */
  gradeCode: Scalars['String']['input'];
  /** Nozzle number on the station. */
  nozzleNumber: Scalars['Int']['input'];
  /** The raw frame, hex. */
  rawFrame?: InputMaybe<Scalars['String']['input']>;
  /** Start of the sale. */
  startedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The nozzle's volume totalizer after the sale, in ml. */
  totalizerMl: Scalars['Long']['input'];
  /** The dispenser's transaction counter (TTC). */
  ttc: Scalars['Long']['input'];
  /** Unit price in fen per litre. */
  unitPriceFen: Scalars['Int']['input'];
  /** Volume in millilitres. */
  volumeMl: Scalars['Long']['input'];
};

/** Result of recording a fueling. */
export type FuelingRecordPayload = {
  __typename?: 'FuelingRecordPayload';
  /** True when this TTC was already recorded. */
  duplicate: Scalars['Boolean']['output'];
  /** Why nothing was recorded. */
  errors: Array<FuelingRecordError>;
  /** The fueling (the first one, on a replay). */
  fueling?: Maybe<Fueling>;
};

/** A non-fuel item sold at the POS. */
export type GoodsItem = Node & {
  __typename?: 'GoodsItem';
  /** On sale. */
  active: Scalars['Boolean']['output'];
  /** EAN/UPC barcode. */
  barcode: Scalars['String']['output'];
  /** Category. */
  category: Scalars['String']['output'];
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Unit price. */
  price: Money;
  /** Tax rate in basis points (1300 = 13%). */
  taxRateBp: Scalars['Int']['output'];
  /** Unit (瓶, 桶...). */
  unit: Scalars['String']['output'];
};

/** A page of a list (keyset pagination; `first` at most 100). */
export type GoodsItemConnection = {
  __typename?: 'GoodsItemConnection';
  /** The items of this page. */
  edges: Array<GoodsItemEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page with its cursor. */
export type GoodsItemEdge = {
  __typename?: 'GoodsItemEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: GoodsItem;
};

/** A problem with the input of a goods item change; nothing was changed. */
export type GoodsItemError = UserError & {
  __typename?: 'GoodsItemError';
  /** A stable machine-readable reason. */
  code: GoodsItemErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a goods item change was refused. */
export type GoodsItemErrorCode =
  | 'DUPLICATE_BARCODE'
  | 'INVALID'
  | 'NOT_FOUND';

/** Result of saving a goods item. */
export type GoodsItemPayload = {
  __typename?: 'GoodsItemPayload';
  /** Why nothing changed. */
  errors: Array<GoodsItemError>;
  /** The item. */
  goodsItem?: Maybe<GoodsItem>;
};

/** Create (no id) or change a goods item. */
export type GoodsItemSaveInput = {
  /** On sale. */
  active?: Scalars['Boolean']['input'];
  /** 6-20 digits. */
  barcode: Scalars['String']['input'];
  /** Category. */
  category: Scalars['String']['input'];
  /** The item to change. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Name. */
  name: Scalars['String']['input'];
  /** Unit price in fen. */
  priceFen: Scalars['Long']['input'];
  /** Tax rate in basis points. */
  taxRateBp?: Scalars['Int']['input'];
  /** Unit. */
  unit: Scalars['String']['input'];
};

/** Goods added to a checkout. */
export type GoodsLineInput = {
  /** The goods item. */
  goodsId: Scalars['ID']['input'];
  /** How many (1-999). */
  quantity?: Scalars['Int']['input'];
};

/** So many fen off per litre of one grade. */
export type GradeDiscount = {
  __typename?: 'GradeDiscount';
  /** The grade's code (e.g. 1402 for 92#). */
  gradeCode: Scalars['String']['output'];
  /** Off each litre. */
  perLitre: Money;
};

/** Off per litre of one grade. */
export type GradeDiscountInput = {
  /** Fen off each litre (1 to 300). */
  fenPerLitre: Scalars['Int']['input'];
  /** The grade's code. */
  gradeCode: Scalars['String']['input'];
};

/** Gasoline, diesel, CNG or LNG. */
export type GradeKind =
  | 'CNG'
  | 'DIESEL'
  | 'GASOLINE'
  | 'LNG';

/** A role given to a staff user over a scope. */
export type Grant = {
  __typename?: 'Grant';
  /** The grant's ID. */
  id: Scalars['ID']['output'];
  /** The regions of a REGIONS grant. */
  regions: Array<Region>;
  /** The role granted. */
  role: Role;
  /** COMPANY, REGIONS or STATIONS. */
  scope: GrantScope;
  /** The stations of a STATIONS grant. */
  stations: Array<Station>;
};

/** A role over a scope. */
export type GrantInput = {
  /** For REGIONS. */
  regionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The role. */
  roleId: Scalars['ID']['input'];
  /** COMPANY, REGIONS or STATIONS. */
  scope: GrantScope;
  /** For STATIONS. */
  stationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Where a grant applies: the whole company, regions, or stations. */
export type GrantScope =
  | 'COMPANY'
  | 'REGIONS'
  | 'STATIONS';

/** A problem with the input of saving loyalty settings; nothing was changed. */
export type LoyaltyError = UserError & {
  __typename?: 'LoyaltyError';
  /** A stable machine-readable reason. */
  code: LoyaltyErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why saving loyalty settings was refused. */
export type LoyaltyErrorCode =
  | 'DUPLICATE'
  | 'INVALID'
  | 'NOT_FOUND';

/** The company's loyalty settings. */
export type LoyaltyProgram = {
  __typename?: 'LoyaltyProgram';
  /** Certified drivers' discount per litre, by grade. */
  certifiedDiscounts: Array<GradeDiscount>;
  /** Certified drivers' discount adds to the member price (otherwise the better of the two applies). */
  certifiedStacks: Scalars['Boolean']['output'];
  /** Days earned points stay valid. */
  pointsValidityDays: Scalars['Int']['output'];
  /** The largest share (%) of an order's amount due points may pay. */
  redeemMaxSharePct: Scalars['Int']['output'];
  /** The fewest points one checkout may redeem. */
  redeemMinPoints: Scalars['Int']['output'];
  /** Points that pay ¥1 at checkout. */
  redeemPointsPerYuan: Scalars['Int']['output'];
  /** Days of spend and litres a tier is decided on (rolling). */
  tierWindowDays: Scalars['Int']['output'];
};

/** The company's loyalty settings. */
export type LoyaltyProgramSaveInput = {
  /** Certified drivers' discount per litre, by grade. */
  certifiedDiscounts?: InputMaybe<Array<GradeDiscountInput>>;
  /** Adds to the member price (else the better of the two). */
  certifiedStacks?: Scalars['Boolean']['input'];
  /** Validity of earned points, days (30 to 3650). */
  pointsValidityDays: Scalars['Int']['input'];
  /** Largest share (%) of an order points may pay. */
  redeemMaxSharePct: Scalars['Int']['input'];
  /** Fewest points per checkout. */
  redeemMinPoints: Scalars['Int']['input'];
  /** Points that pay ¥1. */
  redeemPointsPerYuan: Scalars['Int']['input'];
  /** Rolling window of tiers, days (30 to 730). */
  tierWindowDays: Scalars['Int']['input'];
};

/** Result of saving the loyalty settings. */
export type LoyaltyProgramSavePayload = {
  __typename?: 'LoyaltyProgramSavePayload';
  /** Why nothing changed. */
  errors: Array<LoyaltyError>;
  /** The settings saved. */
  program?: Maybe<LoyaltyProgram>;
};

/** Loyalty figures of the company. */
export type LoyaltyReport = {
  __typename?: 'LoyaltyReport';
  /** Points per month in the range. */
  months: Array<PointsMonth>;
  /** Members per tier now. */
  tiers: Array<TierMembers>;
};

/** A sale the dispenser link did not capture, entered by hand (补单). */
export type ManualFuelInput = {
  /** Nozzle number on the station. */
  nozzleNumber: Scalars['Int']['input'];
  /** Unit price in fen per litre. */
  unitPriceFen: Scalars['Int']['input'];
  /** Volume in millilitres. */
  volumeMl: Scalars['Long']['input'];
};

/** A driver known to the company (会员). Requires VIEW_MEMBERS; a member sees only itself. */
export type Member = Node & {
  __typename?: 'Member';
  /** Birthday. */
  birthday?: Maybe<Scalars['Date']['output']>;
  /** The stored-value cards the member holds, oldest first. Requires VIEW_MEMBERS (or the member itself). */
  cards: Array<Card>;
  /** The latest ride-hailing driver certification request; null when none. Requires VIEW_MEMBERS (or the member itself). */
  certification?: Maybe<MemberCertification>;
  /** Where the member registered. */
  channel?: Maybe<MemberChannel>;
  /** When the record was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Gender. */
  gender: MemberGender;
  /** Signed in with the mini-program at least once. */
  hasWechat: Scalars['Boolean']['output'];
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Agreed to receive marketing messages. */
  marketingConsent: Scalars['Boolean']['output'];
  /** When that consent was last given or withdrawn. */
  marketingConsentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Member number (会员号), unique in the company. */
  number: Scalars['String']['output'];
  /** Mobile number, masked (138****1234) unless you hold VIEW_PHONE_NUMBERS. */
  phone?: Maybe<Scalars['String']['output']>;
  /** The employee who referred the member (channel REFERRAL). */
  referrer?: Maybe<Referrer>;
  /** When the member registered; null for a guest. */
  registeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Guest or registered. */
  status: MemberStatus;
  /** Tags (标签). */
  tags: Array<Scalars['String']['output']>;
  /** The member's tier and progress to the next one (company-wide). Requires VIEW_MEMBERS (or the member itself); the window's figures need VIEW_ORDERS over the whole company. */
  tierProgress: MemberTierProgress;
  /** The member's vehicles. */
  vehicles: Array<MemberVehicle>;
};

/** A member's latest ride-hailing driver certification request (documents only in the review queue). */
export type MemberCertification = {
  __typename?: 'MemberCertification';
  /** The member has an approved request (certified drivers' prices apply), this one or an earlier one. */
  certified: Scalars['Boolean']['output'];
  /** The vehicle's plate. */
  plate: Scalars['String']['output'];
  /** The ride-hailing platform. */
  platform: Scalars['String']['output'];
  /** The reviewer's reason. */
  reason?: Maybe<Scalars['String']['output']>;
  /** When it was reviewed. */
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its review state. */
  status: CertificationStatus;
  /** When it was submitted. */
  submittedAt: Scalars['DateTime']['output'];
};

/** Where a member registered: the mini-program, the POS, or at the POS referred by an employee. */
export type MemberChannel =
  | 'MINI_PROGRAM'
  | 'POS'
  | 'REFERRAL';

/** A problem with the input of a member code; nothing was changed. */
export type MemberCodeError = UserError & {
  __typename?: 'MemberCodeError';
  /** A stable machine-readable reason. */
  code: MemberCodeErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a member code was refused. */
export type MemberCodeErrorCode =
  | 'NOT_REGISTERED';

/** A member code to show as a QR code / barcode at the POS. */
export type MemberCodePayload = {
  __typename?: 'MemberCodePayload';
  /** 18 digits, valid once. */
  code?: Maybe<Scalars['String']['output']>;
  /** Why no code was made. */
  errors: Array<MemberCodeError>;
  /** When it stops working; ask for a new one before. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of a list (keyset pagination; `first` at most 100). */
export type MemberConnection = {
  __typename?: 'MemberConnection';
  /** The items of this page. */
  edges: Array<MemberEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page with its cursor. */
export type MemberEdge = {
  __typename?: 'MemberEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Member;
};

/** A problem with the input of a member mutation; nothing was changed. */
export type MemberError = UserError & {
  __typename?: 'MemberError';
  /** A stable machine-readable reason. */
  code: MemberErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a member mutation was refused. */
export type MemberErrorCode =
  | 'CONSENT_REQUIRED'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'PHONE_TAKEN'
  | 'PLATE_INVALID'
  | 'REFERRER_NOT_FOUND'
  | 'REQUIRED';

/** Members as an Excel workbook. */
export type MemberExport = {
  __typename?: 'MemberExport';
  /** A file name for the download. */
  filename: Scalars['String']['output'];
  /** Members in the workbook (at most 50,000, newest first). */
  rows: Scalars['Int']['output'];
  /** The workbook (.xlsx), base64-encoded; phones masked unless you hold VIEW_PHONE_NUMBERS. */
  xlsx: Scalars['String']['output'];
};

/** Filters of the member list. */
export type MemberFilter = {
  /** Only members registered through this channel. */
  channel?: InputMaybe<MemberChannel>;
  /** Registered on or after this day (China time). */
  registeredFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Registered on or before this day. */
  registeredTo?: InputMaybe<Scalars['Date']['input']>;
  /** A whole mobile number, a plate, a member number, or part of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only members with this tag. */
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** A member's gender, as they gave it. */
export type MemberGender =
  | 'FEMALE'
  | 'MALE'
  | 'UNKNOWN';

/** New members of one month and channel. */
export type MemberGrowth = {
  __typename?: 'MemberGrowth';
  /** The registration channel. */
  channel?: Maybe<MemberChannel>;
  /** Members registered. */
  count: Scalars['Int']['output'];
  /** The calendar month, China time (2026-01). */
  month: Scalars['String']['output'];
};

/** A problem with the input of a member sign-in; nothing was changed. */
export type MemberLoginError = UserError & {
  __typename?: 'MemberLoginError';
  /** A stable machine-readable reason. */
  code: MemberLoginErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a member sign-in was refused. */
export type MemberLoginErrorCode =
  | 'INVALID_CODE'
  | 'INVALID_TOKEN'
  | 'TOKEN_REUSED'
  | 'UNKNOWN_APP'
  | 'WECHAT_UNAVAILABLE';

/** Tokens of a mini-program sign-in (WeChat's session_key never leaves the server). */
export type MemberLoginPayload = {
  __typename?: 'MemberLoginPayload';
  /** Why it failed. */
  errors: Array<MemberLoginError>;
  /** The member (a guest until a phone is bound). */
  member?: Maybe<Member>;
  /** Refresh token: use once with memberTokenRefresh. */
  refreshToken?: Maybe<Scalars['String']['output']>;
  /** Member access token (Bearer). */
  token?: Maybe<Scalars['String']['output']>;
};

/** A problem with the input of a member lookup; nothing was changed. */
export type MemberLookupError = UserError & {
  __typename?: 'MemberLookupError';
  /** A stable machine-readable reason. */
  code: MemberLookupErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a member lookup was refused. */
export type MemberLookupErrorCode =
  | 'CODE_INVALID'
  | 'INVALID'
  | 'PLATE_INVALID'
  | 'REQUIRED';

/** Members found at the POS. */
export type MemberLookupResult = {
  __typename?: 'MemberLookupResult';
  /** Why the lookup could not be made (e.g. an expired member code). */
  errors: Array<MemberLookupError>;
  /** Matching registered members (a plate may match several). */
  members: Array<Member>;
};

/** Result of a member mutation. */
export type MemberPayload = {
  __typename?: 'MemberPayload';
  /** Why nothing changed. */
  errors: Array<MemberError>;
  /** The member after the change. */
  member?: Maybe<Member>;
};

/** A problem with the input of binding a phone; nothing was changed. */
export type MemberPhoneBindError = UserError & {
  __typename?: 'MemberPhoneBindError';
  /** A stable machine-readable reason. */
  code: MemberPhoneBindErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why binding a phone was refused. */
export type MemberPhoneBindErrorCode =
  | 'CODE_EXPIRED'
  | 'INVALID'
  | 'INVALID_CODE'
  | 'PHONE_TAKEN'
  | 'RATE_LIMITED'
  | 'REQUIRED'
  | 'TOO_MANY_TRIES'
  | 'WECHAT_UNAVAILABLE';

/** Bind a phone: the phone-number component's code, or the phone with its SMS code. */
export type MemberPhoneBindInput = {
  /** The phone the SMS code was sent to. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The six-digit SMS code. */
  smsCode?: InputMaybe<Scalars['String']['input']>;
  /** The `code` of the getPhoneNumber button. */
  wechatCode?: InputMaybe<Scalars['String']['input']>;
};

/** Result of binding a phone. */
export type MemberPhoneBindPayload = {
  __typename?: 'MemberPhoneBindPayload';
  /** Why nothing changed. */
  errors: Array<MemberPhoneBindError>;
  /** The member, now registered. */
  member?: Maybe<Member>;
};

/** A member's points, tier and points statement. */
export type MemberPoints = {
  __typename?: 'MemberPoints';
  /** Points held now. */
  balance: Scalars['Long']['output'];
  /** Points that will lapse within 30 days unless spent (earned longest ago are spent first). */
  expiring: Scalars['Long']['output'];
  /** The end of those 30 days. */
  expiringBy: Scalars['DateTime']['output'];
  /** What the points held pay now as a checkout tender, at the programme's rate (rounded down to the fen) and minimum (0 below it); a checkout also limits points to a share of its amount due. */
  redeemableValue: Money;
  /** Points movements, newest first. */
  statement: PointsMovementConnection;
  /** The current tier (the base tier until placed). */
  tier?: Maybe<Tier>;
  /** Tier changes, newest first (at most 50). */
  tierHistory: Array<TierChange>;
};


/** A member's points, tier and points statement. */
export type MemberPointsStatementArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** Register a driver at the POS by phone, with the driver's consent. */
export type MemberRegisterInput = {
  /** Birthday. */
  birthday?: InputMaybe<Scalars['Date']['input']>;
  /** The driver agreed to the membership terms (must be true). */
  consent: Scalars['Boolean']['input'];
  /** Gender. */
  gender?: InputMaybe<MemberGender>;
  /** Agrees to marketing messages. */
  marketingConsent?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Mainland mobile number (11 digits). */
  phone: Scalars['String']['input'];
  /** Employee code of the referring employee (channel REFERRAL). */
  referrerCode?: InputMaybe<Scalars['String']['input']>;
  /** Vehicles to bind. */
  vehicles?: InputMaybe<Array<MemberVehicleInput>>;
};

/** Send an SMS verification code to the phone to bind. */
export type MemberSmsCodeSendInput = {
  /** Mainland mobile number. */
  phone: Scalars['String']['input'];
};

/** Result of sending an SMS code. */
export type MemberSmsCodeSendPayload = {
  __typename?: 'MemberSmsCodeSendPayload';
  /** Why nothing was sent. */
  errors: Array<MemberPhoneBindError>;
  /** True when the code was sent. */
  sent: Scalars['Boolean']['output'];
};

/** GUEST: signed in with WeChat, no phone yet; REGISTERED: a member. */
export type MemberStatus =
  | 'GUEST'
  | 'REGISTERED';

/** A member's tier and how far it is from the next one. */
export type MemberTierProgress = {
  __typename?: 'MemberTierProgress';
  /** The tier above it (null at the top). */
  nextTier?: Maybe<Tier>;
  /** 0-100 towards the next tier, by the threshold closest to being met; null when not shown. */
  progressPct?: Maybe<Scalars['Int']['output']>;
  /** Spend in the window at every station; null unless your VIEW_ORDERS covers the whole company. */
  spend?: Maybe<Money>;
  /** Spend still needed for the next tier (null: no spend threshold, no next tier, or not shown). */
  spendToNext?: Maybe<Money>;
  /** The tier held now (the base tier until placed). */
  tier?: Maybe<Tier>;
  /** Fuel in the window at every station; null like spend. */
  volume?: Maybe<Volume>;
  /** Litres still needed for the next tier (null like spendToNext). */
  volumeToNext?: Maybe<Volume>;
  /** Days of spend and litres the tiers are decided on (rolling). */
  windowDays: Scalars['Int']['output'];
};

/** Trade a member refresh token for new tokens. */
export type MemberTokenRefreshInput = {
  /** The refresh token (used once). */
  refreshToken: Scalars['String']['input'];
};

/** Changes to a member; omitted fields stay as they are. */
export type MemberUpdateInput = {
  /** Birthday. */
  birthday?: InputMaybe<Scalars['Date']['input']>;
  /** Gender. */
  gender?: InputMaybe<MemberGender>;
  /** The member. */
  id: Scalars['ID']['input'];
  /** Agrees to marketing messages. */
  marketingConsent?: InputMaybe<Scalars['Boolean']['input']>;
  /** New name (empty string clears it). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New mobile number (staff only; audited). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The whole new tag list (staff only). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A vehicle a member drives. */
export type MemberVehicle = Node & {
  __typename?: 'MemberVehicle';
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** A new-energy plate (green, 8 characters). */
  newEnergy: Scalars['Boolean']['output'];
  /** Plate number, normalised (京A12345; new-energy ones have 8 characters). */
  plate: Scalars['String']['output'];
  /** Kind of vehicle. */
  vehicleType: VehicleType;
};

/** Bind a vehicle to a member. */
export type MemberVehicleAddInput = {
  /** The member. */
  memberId: Scalars['ID']['input'];
  /** Plate number. */
  plate: Scalars['String']['input'];
  /** Kind of vehicle. */
  vehicleType?: VehicleType;
};

/** A vehicle to bind. */
export type MemberVehicleInput = {
  /** Plate number (京A12345, new-energy 京AD12345). */
  plate: Scalars['String']['input'];
  /** Kind of vehicle. */
  vehicleType?: VehicleType;
};

/** Result of binding a vehicle. */
export type MemberVehiclePayload = {
  __typename?: 'MemberVehiclePayload';
  /** Why nothing changed. */
  errors: Array<MemberError>;
  /** Its member. */
  member?: Maybe<Member>;
  /** The vehicle bound. */
  vehicle?: Maybe<MemberVehicle>;
};

/** Unbind a vehicle. */
export type MemberVehicleRemoveInput = {
  /** The vehicle (MemberVehicle). */
  id: Scalars['ID']['input'];
};

/** Mini-program sign-in with the code of `wx.login`. */
export type MemberWechatLoginInput = {
  /** The mini-program's appid. */
  appId: Scalars['String']['input'];
  /** The code `wx.login` gave (valid once, 5 minutes). */
  code: Scalars['String']['input'];
};

/** A nozzle's totalizer at a moment. */
export type MeterReading = {
  __typename?: 'MeterReading';
  /** When it held this value. */
  readAt: Scalars['DateTime']['output'];
  /** Where the value comes from. */
  source: MeterSource;
  /** The volume totalizer. */
  totalizer: Volume;
};

/** TOTALIZER: the dispenser's totalizers read by the station device (38H); FUELING: the totalizer a fueling carried, exact at its end. */
export type MeterSource =
  | 'FUELING'
  | 'TOTALIZER';

/** An amount of money. */
export type Money = {
  __typename?: 'Money';
  /** The amount in fen (1/100 yuan), exact. */
  fen: Scalars['Long']['output'];
  /** The amount in yuan, two decimals, as a decimal string. */
  yuan: Scalars['Decimal']['output'];
};

/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Create a partner API key (never beyond your own permissions); the secret is returned once; audited. Requires MANAGE_API_KEYS. */
  apiKeyCreate: ApiKeyPayload;
  /** Revoke a partner API key; audited. Requires MANAGE_API_KEYS. */
  apiKeyRevoke: ApiKeyPayload;
  /** Sell and activate a physical card at the POS. Requires TOP_UP_CARDS. */
  cardActivate: CardPayload;
  /** Allocate a parent's money to children (allocated mode), one transfer. Requires MANAGE_CARDS. */
  cardAllocate: CardPayload;
  /** Add a child card (the parent's holder with a member token, or staff). Requires MANAGE_CARDS. */
  cardChildAdd: CardPayload;
  /** Set a child card's own limits (the parent's holder with a member token, or staff reaching the parent); audited. Requires MANAGE_CARDS. */
  cardChildLimitsSet: CardPayload;
  /** Close a card (销户): refund the principal not consumed (cash from the drawer or bank transfer), forfeit the bonus; audited. Requires MANAGE_CARDS. */
  cardClose: CardClosePayload;
  /** Take a card out of use (停用); by the state table (cardStates), audited. Requires MANAGE_CARDS. */
  cardDisable: CardPayload;
  /** Put a disabled card back in use (启用); by the state table (cardStates), audited. Requires MANAGE_CARDS. */
  cardEnable: CardPayload;
  /** Freeze a card (冻结); by the state table (cardStates), audited. Requires MANAGE_CARDS. */
  cardFreeze: CardPayload;
  /** Claim a virtual card (member token) or issue one to a member. Requires MANAGE_CARDS. */
  cardIssue: CardPayload;
  /** Send an SMS code to the card's bound mobile, to set its password. Requires MANAGE_CARDS. */
  cardPasswordCodeSend: CardPayload;
  /** Set or change a card's payment password (six digits) with the SMS code; audited. Requires MANAGE_CARDS. */
  cardPasswordSet: CardPayload;
  /** Bind another mobile to a card; audited with masked numbers. Requires MANAGE_CARDS. */
  cardPhoneChange: CardPayload;
  /** Create or replace a card product; company-wide only; audited. Requires MANAGE_CARD_PRODUCTS. */
  cardProductSave: CardProductPayload;
  /** Report a card lost (挂失); by the state table (cardStates), audited. A member may do it for its own card. Requires MANAGE_CARDS. */
  cardReportLost: CardPayload;
  /** Take money back from a child to its parent (返款). Requires MANAGE_CARDS. */
  cardTakeBack: CardPayload;
  /** Top up a card with its product's bonus, in one ledger transfer, idempotent on its key. Cash needs TOP_UP_CARDS, a bank transfer MANAGE_CARDS, at the station. Requires TOP_UP_CARDS. */
  cardTopUp: CardTopUpPayload;
  /** Top up a card with the payer's WeChat or Alipay payment code at the station's POS, in its open shift, with the product's bonus. The code is sent once; the card is credited only when the channel says paid. While the payer confirms (PENDING) ask again with cardTopUpPaymentRefresh; a payment never confirmed is reversed after five minutes. Idempotent on its key. Requires TOP_UP_CARDS. */
  cardTopUpByCode: CardTopUpByCodePayload;
  /** Ask the channel where a pending payment-code top-up stands (the POS asks again with a growing delay while the payer confirms). Requires TOP_UP_CARDS. */
  cardTopUpPaymentRefresh: CardTopUpPayment;
  /** Unfreeze a card (解冻); by the state table (cardStates), audited. Requires MANAGE_CARDS. */
  cardUnfreeze: CardPayload;
  /** Withdraw a loss report (解除挂失); by the state table (cardStates), audited. Requires MANAGE_CARDS. */
  cardUnreport: CardPayload;
  /** Approve or reject a pending driver certification (a rejection needs a reason); audited. Requires REVIEW_CERTIFICATIONS. */
  certificationReview: CertificationPayload;
  /** Ask to be certified as a ride-hailing driver (网约车司机认证) with the three document images. Requires a member token. */
  certificationSubmit: CertificationPayload;
  /** Pay completed fuelings with one or more tenders (cash, bank card); idempotent on idempotencyKey. Requires OPERATE_POS. */
  checkoutCreate: CheckoutPayload;
  /** Close a station's business day (日结) once every shift of it is handed in: its totals are recorded and never change, no shift opens on it again; once per station and day; idempotent on idempotencyKey; audited. Requires MANAGE_SHIFTS, VIEW_REPORTS. */
  dayClose: DayClosePayload;
  /** Register a pump_link box at a station; its token is returned once; audited. Requires MANAGE_DEVICES. */
  deviceCreate: DevicePayload;
  /** Revoke a device token; audited. Requires MANAGE_DEVICES. */
  deviceRevoke: DevicePayload;
  /** Report dispensers' links going up or down. Requires a station device token; a link going down turns its nozzles OFFLINE and opens an offline period. */
  dispenserLinksReport: DispenserLinksReportPayload;
  /** Create or update (with `id`) a dispenser; audited. Requires MANAGE_PUMPS. */
  dispenserSave: ForecourtConfigPayload;
  /** Pay an order of yours awaiting payment, or a fueling now, with one of your stored-value cards: all it owes, at once, with the card's password when its product asks for one above an amount. Idempotent on `idempotencyKey`: a retry with the same key, order and card returns the first result; a refusal charges nothing and the key may be used again. Requires a member token (the mini-program's sign-in); any other credential is FORBIDDEN. */
  driverCardPay: DriverCardPayPayload;
  /** Top up one of your stored-value cards by WeChat Pay (JSAPI): a pending top-up with the bonus of the card's product, and the parameters of wx.requestPayment. The card is credited once WeChat Pay confirms the payment (follow it with driverTopUp). Idempotent on `idempotencyKey`: a retry with the same key and input returns the same top-up and parameters; another input under the key is IDEMPOTENCY_CONFLICT. Another member's card is FORBIDDEN. Requires a member token (the mini-program's sign-in); any other credential is FORBIDDEN. */
  driverCardTopUp: DriverCardTopUpPayload;
  /** One-tap fueling: the order of a completed fueling (priced for you by the pricing service, awaiting payment) and its WeChat Pay JSAPI payment, with the parameters of wx.requestPayment. Idempotent on `idempotencyKey`: a retry with the same key and input returns the same order, payment and parameters; another input under the key is IDEMPOTENCY_CONFLICT. A guest binds a phone first (PHONE_REQUIRED). Requires a member token (the mini-program's sign-in); any other credential is FORBIDDEN. */
  driverCheckout: DriverCheckoutPayload;
  /** Ask for the e-invoice of a paid order: one of yours, or any with the key of its receipt's /mp/invoice link. One request per order; recorded until the e-invoice interface issues it. Requires a member token (the mini-program's sign-in); any other credential is FORBIDDEN. */
  driverInvoiceRequest: DriverInvoiceRequestPayload;
  /** Approve someone else's pending adjustment: it is applied through the ledger, once. Requires ADJUST_BALANCES. */
  fleetAdjustmentApprove: FleetAdjustmentPayload;
  /** Reject someone else's pending adjustment, with a note: nothing moves. Requires ADJUST_BALANCES. */
  fleetAdjustmentReject: FleetAdjustmentPayload;
  /** Ask for a change of a fleet's credit limit or balance; nothing moves until another person approves it. Requires MANAGE_FLEETS. */
  fleetAdjustmentRequest: FleetAdjustmentPayload;
  /** Name a registered member (by phone) an administrator of a fleet (车队管理员): from the mini-program they see its balances, vehicles and statements and set its vehicles' limits (audited). Requires MANAGE_FLEETS. */
  fleetAdministratorAdd: FleetPayload;
  /** Remove an administrator of a fleet (audited). Requires MANAGE_FLEETS. */
  fleetAdministratorRemove: FleetPayload;
  /** Freeze a fleet: its vehicles may no longer pay on account. Requires MANAGE_FLEETS. */
  fleetFreeze: FleetPayload;
  /** Record a payment received against a fleet's credit used (at most what is used; idempotent on its key). Requires MANAGE_FLEETS. */
  fleetPaymentRecord: FleetReceiptPayload;
  /** Create or change a fleet (audited with the values before and after). Requires MANAGE_FLEETS. */
  fleetSave: FleetPayload;
  /** Record a bank transfer into a fleet's prepaid balance (idempotent on its key). Requires MANAGE_FLEETS. */
  fleetTopUp: FleetReceiptPayload;
  /** Unfreeze a fleet. Requires MANAGE_FLEETS. */
  fleetUnfreeze: FleetPayload;
  /** Take a vehicle off the whitelist (one that has spent on account is frozen instead). Requires MANAGE_FLEETS. */
  fleetVehicleRemove: FleetPayload;
  /** Whitelist a vehicle or change its limits or frozen state (audited on the fleet). Requires MANAGE_FLEETS. */
  fleetVehicleSave: FleetVehiclePayload;
  /** Delete a grade, tank, dispenser or nozzle that nothing refers to any more (a nozzle with sales, a dispenser with nozzles... is refused); audited. Requires MANAGE_PUMPS. */
  forecourtConfigDelete: ForecourtConfigPayload;
  /** Create or update (with `id`) a fuel grade; company-wide; audited. Requires MANAGE_PUMPS. */
  fuelGradeSave: ForecourtConfigPayload;
  /** Write off a fueling whose driver left without paying (逃单), with a reason; audited. Requires MANAGE_ORDERS. */
  fuelingDriveOff: OrderChangePayload;
  /** Record a completed fueling. Requires a station device token. Idempotent on (station, dispenser, TTC): a replay returns the first fueling. */
  fuelingRecord: FuelingRecordPayload;
  /** Create or change a goods item; audited. Requires MANAGE_INVENTORY. */
  goodsItemSave: GoodsItemPayload;
  /** Save the company's loyalty settings (company-wide grant); audited. Requires MANAGE_LOYALTY. */
  loyaltyProgramSave: LoyaltyProgramSavePayload;
  /** A fresh member code for the POS to scan (registered members). Requires a member token. */
  memberCodeCreate: MemberCodePayload;
  /** Bind a phone to yourself (a guest becomes a member) through the WeChat phone-number component or an SMS code. Requires a member token. */
  memberPhoneBind: MemberPhoneBindPayload;
  /** Register a driver by phone at the POS, with consent; audited (phone masked). Requires REGISTER_MEMBERS. */
  memberRegister: MemberPayload;
  /** Send an SMS code to the phone to bind (one per phone per minute; valid 5 minutes, 5 tries). Requires a member token. */
  memberSmsCodeSend: MemberSmsCodeSendPayload;
  /** Trade a member refresh token for new tokens (rotation); presenting the previous one again signs the session out. Public. */
  memberTokenRefresh: MemberLoginPayload;
  /** Change a member's profile; a phone change is audited with the masked numbers before and after. A member may change its own name, gender, birthday and consent. Requires MANAGE_MEMBERS. */
  memberUpdate: MemberPayload;
  /** Bind a vehicle to a member (or, with a member token, to yourself). Requires MANAGE_MEMBERS. */
  memberVehicleAdd: MemberVehiclePayload;
  /** Unbind a vehicle (or, with a member token, one of yours). Requires MANAGE_MEMBERS. */
  memberVehicleRemove: MemberPayload;
  /** Mini-program sign-in with a `wx.login` code, exchanged with WeChat on the server (code2Session); a new driver starts as a guest. Public. */
  memberWechatLogin: MemberLoginPayload;
  /** Create or update (with `id`) a nozzle; audited. Requires MANAGE_PUMPS. */
  nozzleSave: ForecourtConfigPayload;
  /** Report live nozzle states. Requires a station device token (pump_link); send several times a second, over HTTP or the WebSocket. */
  nozzleStatesReport: NozzleStatesReportPayload;
  /** Pay the rest of an order awaiting payment (after a payment code failed or was closed) with one or more tenders; idempotent on idempotencyKey. Requires OPERATE_POS. */
  orderPay: CheckoutPayload;
  /** Set an order's tags (e.g. 滴滴). Requires OPERATE_POS. */
  orderTagsSet: OrderChangePayload;
  /** Void an order awaiting payment with nothing paid on it: its fuelings can be paid again; audited. Requires MANAGE_ORDERS. */
  orderVoid: OrderChangePayload;
  /** Change your own password; your other sessions are signed out. Requires a signed-in actor. */
  passwordChange: PasswordChangePayload;
  /** Set a station's merchant account for a payment channel (with JSAPI for WeChat); audited (the keys are stored encrypted and never returned). Requires MANAGE_SETTINGS. */
  paymentMerchantSet: PaymentMerchantPayload;
  /** Ask the channel where a pending payment-code payment stands (while the payer confirms, the POS asks again with a growing delay). Requires OPERATE_POS. */
  paymentRefresh: Order;
  /** Exchange a member's points for a gift at the station (礼品兑换), idempotent on its key; audited. Requires OPERATE_POS. */
  pointsRedeemForGift: PointsRedeemForGiftPayload;
  /** Create or change a points rule or campaign (company-wide grant); audited. Requires MANAGE_LOYALTY. */
  pointsRuleSave: PointsRuleSavePayload;
  /** Approve a price change requested by someone else; audited. Requires APPROVE_PRICES. */
  priceChangeApprove: PriceChangePayload;
  /** Cancel a price change not yet applied; audited. Requires CHANGE_PRICES. */
  priceChangeCancel: PriceChangePayload;
  /** Change a grade's price now or at a time; a step beyond the limit waits for approval; audited. Requires CHANGE_PRICES. */
  priceChangeCreate: PriceChangePayload;
  /** Reject a price change waiting for approval; audited. Requires APPROVE_PRICES. */
  priceChangeReject: PriceChangePayload;
  /** Fetch the price table to download to the dispensers; marks pending deliveries as sent. Requires a station device token. */
  priceTableFetch: PriceTableFetchPayload;
  /** Report the prices the dispensers show. Requires a station device token. */
  pricesConfirm: PricesConfirmPayload;
  /** Give back all or part of a payment, with a reason; audited. Cash leaves the open shift's drawer; WeChat goes back through the channel. Requires REFUND_PAYMENTS. */
  refundCreate: RefundPayload;
  /** Ask the channel where a pending refund stands. Requires REFUND_PAYMENTS. */
  refundRefresh: Refund;
  /** Create a custom role; audited. Requires MANAGE_ROLES. */
  roleCreate: RolePayload;
  /** Delete a custom role nobody holds; audited. Requires MANAGE_ROLES. */
  roleDelete: RolePayload;
  /** Edit a custom role; audited with before and after. Requires MANAGE_ROLES. */
  roleUpdate: RolePayload;
  /** Drop cash from the open shift's drawer into the safe (投款); audited; idempotent on idempotencyKey. Requires OPERATE_POS. */
  shiftCashDrop: ShiftPayload;
  /** Close a shift with its cash count; a difference needs a reason; audited. A closed shift never changes. Requires MANAGE_SHIFTS. */
  shiftClose: ShiftPayload;
  /** Hand over (交接班): close the shift with its cash count and open the next one for the next cashier with that cash; audited. Requires MANAGE_SHIFTS. */
  shiftHandOver: ShiftPayload;
  /** Open a shift at a station (one open shift per station). Requires OPERATE_POS. */
  shiftOpen: ShiftPayload;
  /** Enable or disable a staff user; audited. Requires MANAGE_STAFF. */
  staffUserActiveSet: StaffUserPayload;
  /** Create a staff user with grants (never beyond your own); audited. Requires MANAGE_STAFF. */
  staffUserCreate: StaffUserPayload;
  /** Replace a staff user's grants; audited with before and after. Requires MANAGE_STAFF. */
  staffUserGrantsSet: StaffUserPayload;
  /** Set a staff user's password (admin reset); audited. Requires MANAGE_STAFF. */
  staffUserPasswordReset: StaffUserPayload;
  /** Edit a staff user's name, mobile or employee code; audited. Requires MANAGE_STAFF. */
  staffUserUpdate: StaffUserPayload;
  /** Close a station, with a reason; audited. Requires MANAGE_STATIONS. */
  stationClose: StationPayload;
  /** Create a station (company-wide managers only); audited. Requires MANAGE_STATIONS. */
  stationCreate: StationPayload;
  /** Reopen a closed station; audited. Requires MANAGE_STATIONS. */
  stationReopen: StationPayload;
  /** Change a station's details; audited with before and after. Requires MANAGE_STATIONS. */
  stationUpdate: StationPayload;
  /** Create or update (with `id`) a tank; audited. Requires MANAGE_PUMPS. */
  tankSave: ForecourtConfigPayload;
  /** Create or change a tier (company-wide grant); audited. Requires MANAGE_LOYALTY. */
  tierSave: TierSavePayload;
  /** Sign in with username and password. Public. Repeated failures lock the username (and the client's IP) for a while. */
  tokenCreate: TokenCreatePayload;
  /** Trade a refresh token for new tokens (rotation). Public. Reusing a used refresh token signs that session out everywhere. */
  tokenRefresh: TokenRefreshPayload;
  /** Sign out: ends the session of the refresh token. Public (the token proves it). */
  tokenRevoke: TokenRevokePayload;
  /** Report the dispensers' electronic volume totalizers (38H readings), kept as history for meter audits. Requires a station device token; a bad batch is refused whole, a replayed reading is stored once. */
  totalizersReport: TotalizersReportPayload;
  /** Whitelist a plate (a plate is in at most one fleet), with its limits; audited. Requires a member token of one of the fleet's administrators (车队管理员); anyone else is FORBIDDEN. */
  viewerFleetVehicleAdd: ViewerFleetVehiclePayload;
  /** Freeze a vehicle (车辆冻结): it may no longer pay on account, e.g. its driver left. Audited with the reason. Requires a member token of one of the fleet's administrators (车队管理员); anyone else is FORBIDDEN. */
  viewerFleetVehicleFreeze: ViewerFleetVehiclePayload;
  /** Set a vehicle's daily limits and grades (audited with the values before and after); allowed while the fleet is frozen. Requires a member token of one of the fleet's administrators (车队管理员); anyone else is FORBIDDEN. */
  viewerFleetVehicleLimitsSet: ViewerFleetVehiclePayload;
  /** Take a plate off the whitelist (one that has paid on account is frozen instead); audited. Requires a member token of one of the fleet's administrators (车队管理员); anyone else is FORBIDDEN. */
  viewerFleetVehicleRemove: ViewerFleetVehiclePayload;
  /** Unfreeze a vehicle. Audited with the reason. Requires a member token of one of the fleet's administrators (车队管理员); anyone else is FORBIDDEN. */
  viewerFleetVehicleUnfreeze: ViewerFleetVehiclePayload;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationApiKeyCreateArgs = {
  input: ApiKeyCreateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationApiKeyRevokeArgs = {
  input: ApiKeyRevokeInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardActivateArgs = {
  input: CardActivateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardAllocateArgs = {
  input: CardAllocateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardChildAddArgs = {
  input: CardChildAddInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardChildLimitsSetArgs = {
  input: CardChildLimitsSetInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardCloseArgs = {
  input: CardCloseInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardDisableArgs = {
  input: CardStateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardEnableArgs = {
  input: CardStateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardFreezeArgs = {
  input: CardStateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardIssueArgs = {
  input: CardIssueInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardPasswordCodeSendArgs = {
  input: CardPasswordCodeSendInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardPasswordSetArgs = {
  input: CardPasswordSetInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardPhoneChangeArgs = {
  input: CardPhoneChangeInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardProductSaveArgs = {
  input: CardProductSaveInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardReportLostArgs = {
  input: CardStateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardTakeBackArgs = {
  input: CardTakeBackInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardTopUpArgs = {
  input: CardTopUpInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardTopUpByCodeArgs = {
  input: CardTopUpByCodeInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardTopUpPaymentRefreshArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardUnfreezeArgs = {
  input: CardStateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCardUnreportArgs = {
  input: CardStateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCertificationReviewArgs = {
  input: CertificationReviewInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCertificationSubmitArgs = {
  input: CertificationSubmitInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationCheckoutCreateArgs = {
  input: CheckoutCreateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationDayCloseArgs = {
  input: DayCloseInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationDeviceCreateArgs = {
  input: DeviceCreateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationDeviceRevokeArgs = {
  input: DeviceRevokeInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationDispenserLinksReportArgs = {
  input: DispenserLinksReportInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationDispenserSaveArgs = {
  input: DispenserInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationDriverCardPayArgs = {
  input: DriverCardPayInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationDriverCardTopUpArgs = {
  input: DriverCardTopUpInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationDriverCheckoutArgs = {
  input: DriverCheckoutInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationDriverInvoiceRequestArgs = {
  input: DriverInvoiceRequestInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationFleetAdjustmentApproveArgs = {
  input: FleetAdjustmentDecisionInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationFleetAdjustmentRejectArgs = {
  input: FleetAdjustmentDecisionInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationFleetAdjustmentRequestArgs = {
  input: FleetAdjustmentRequestInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationFleetAdministratorAddArgs = {
  input: FleetAdministratorAddInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationFleetAdministratorRemoveArgs = {
  input: FleetAdministratorRemoveInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationFleetFreezeArgs = {
  input: FleetStatusInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationFleetPaymentRecordArgs = {
  input: FleetReceiptInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationFleetSaveArgs = {
  input: FleetSaveInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationFleetTopUpArgs = {
  input: FleetReceiptInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationFleetUnfreezeArgs = {
  input: FleetStatusInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationFleetVehicleRemoveArgs = {
  input: FleetVehicleRemoveInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationFleetVehicleSaveArgs = {
  input: FleetVehicleSaveInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationForecourtConfigDeleteArgs = {
  input: ForecourtConfigDeleteInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationFuelGradeSaveArgs = {
  input: FuelGradeInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationFuelingDriveOffArgs = {
  fuelingId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationFuelingRecordArgs = {
  input: FuelingRecordInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationGoodsItemSaveArgs = {
  input: GoodsItemSaveInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationLoyaltyProgramSaveArgs = {
  input: LoyaltyProgramSaveInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationMemberPhoneBindArgs = {
  input: MemberPhoneBindInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationMemberRegisterArgs = {
  input: MemberRegisterInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationMemberSmsCodeSendArgs = {
  input: MemberSmsCodeSendInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationMemberTokenRefreshArgs = {
  input: MemberTokenRefreshInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationMemberUpdateArgs = {
  input: MemberUpdateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationMemberVehicleAddArgs = {
  input: MemberVehicleAddInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationMemberVehicleRemoveArgs = {
  input: MemberVehicleRemoveInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationMemberWechatLoginArgs = {
  input: MemberWechatLoginInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationNozzleSaveArgs = {
  input: NozzleInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationNozzleStatesReportArgs = {
  input: NozzleStatesReportInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationOrderPayArgs = {
  input: OrderPayInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationOrderTagsSetArgs = {
  orderId: Scalars['ID']['input'];
  tags: Array<Scalars['String']['input']>;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationOrderVoidArgs = {
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationPasswordChangeArgs = {
  input: PasswordChangeInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationPaymentMerchantSetArgs = {
  input: PaymentMerchantSetInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationPaymentRefreshArgs = {
  paymentId: Scalars['ID']['input'];
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationPointsRedeemForGiftArgs = {
  input: PointsRedeemForGiftInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationPointsRuleSaveArgs = {
  input: PointsRuleSaveInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationPriceChangeApproveArgs = {
  input: PriceChangeDecisionInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationPriceChangeCancelArgs = {
  input: PriceChangeDecisionInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationPriceChangeCreateArgs = {
  input: PriceChangeCreateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationPriceChangeRejectArgs = {
  input: PriceChangeDecisionInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationPricesConfirmArgs = {
  input: PricesConfirmInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationRefundCreateArgs = {
  input: RefundCreateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationRefundRefreshArgs = {
  refundId: Scalars['ID']['input'];
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationRoleCreateArgs = {
  input: RoleCreateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationRoleDeleteArgs = {
  input: RoleDeleteInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationRoleUpdateArgs = {
  input: RoleUpdateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationShiftCashDropArgs = {
  amountFen: Scalars['Long']['input'];
  idempotencyKey: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  shiftId: Scalars['ID']['input'];
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationShiftCloseArgs = {
  input: ShiftCloseInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationShiftHandOverArgs = {
  input: ShiftCloseInput;
  nextCashierId: Scalars['ID']['input'];
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationShiftOpenArgs = {
  input: ShiftOpenInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationStaffUserActiveSetArgs = {
  input: StaffUserActiveSetInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationStaffUserCreateArgs = {
  input: StaffUserCreateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationStaffUserGrantsSetArgs = {
  input: StaffUserGrantsSetInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationStaffUserPasswordResetArgs = {
  input: StaffUserPasswordResetInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationStaffUserUpdateArgs = {
  input: StaffUserUpdateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationStationCloseArgs = {
  input: StationCloseInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationStationCreateArgs = {
  input: StationCreateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationStationReopenArgs = {
  input: StationReopenInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationStationUpdateArgs = {
  input: StationUpdateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationTankSaveArgs = {
  input: TankInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationTierSaveArgs = {
  input: TierSaveInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationTokenCreateArgs = {
  input: TokenCreateInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationTokenRefreshArgs = {
  input: TokenRefreshInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationTokenRevokeArgs = {
  input: TokenRevokeInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationTotalizersReportArgs = {
  input: TotalizersReportInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationViewerFleetVehicleAddArgs = {
  input: ViewerFleetVehicleAddInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationViewerFleetVehicleFreezeArgs = {
  input: ViewerFleetVehicleStatusInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationViewerFleetVehicleLimitsSetArgs = {
  input: ViewerFleetVehicleLimitsInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationViewerFleetVehicleRemoveArgs = {
  input: ViewerFleetVehicleRemoveInput;
};


/** Everything a client can change. Each mutation takes one `input` and returns a payload with `errors`; each states the permission it needs. */
export type MutationViewerFleetVehicleUnfreezeArgs = {
  input: ViewerFleetVehicleStatusInput;
};

/** An object with a global ID, fetchable with `node(id)`. */
export type Node = {
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
};

/** A nozzle, numbered across its station. Requires VIEW_FORECOURT. */
export type Nozzle = Node & {
  __typename?: 'Nozzle';
  /** The grade this nozzle sells. */
  grade: FuelGrade;
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** The latest live state (OFFLINE when the nozzle never reported). */
  liveState: NozzleLiveState;
  /** Nozzle number on the station (what the POS and drivers see). */
  number: Scalars['Int']['output'];
  /** Side of the dispenser, if marked. */
  side?: Maybe<Scalars['String']['output']>;
};

/** A nozzle; on update, omitted fields stay as they are. */
export type NozzleInput = {
  /** Its dispenser (create only). */
  dispenserId?: InputMaybe<Scalars['ID']['input']>;
  /** Grade it sells. */
  gradeId?: InputMaybe<Scalars['ID']['input']>;
  /** The nozzle (update only). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Number on the station, 1-99. */
  number?: InputMaybe<Scalars['Int']['input']>;
  /** Side of the dispenser. */
  side?: InputMaybe<Scalars['String']['input']>;
  /** Tank it draws from (same grade). */
  tankId?: InputMaybe<Scalars['ID']['input']>;
};

/** The latest state a nozzle reported. */
export type NozzleLiveState = {
  __typename?: 'NozzleLiveState';
  /** Running (or final) amount of the current sale. */
  amount: Money;
  /** What the nozzle is doing. */
  state: NozzleState;
  /** Unit price per litre. */
  unitPrice: Money;
  /** When the platform received it. */
  updatedAt: Scalars['DateTime']['output'];
  /** The station's live-state version of this update. */
  version: Scalars['Long']['output'];
  /** Running (or final) volume of the current sale. */
  volume: Volume;
};

/** A nozzle's totalizer at the shift's open and close compared with its fuelings between the two readings; a difference above 500 ml either way is flagged (a sale the link never delivered, or one counted twice). Recorded at close: a closed shift's comparison never changes. */
export type NozzleMeter = {
  __typename?: 'NozzleMeter';
  /** The reading at close (while the shift is open: the newest known now). */
  closing?: Maybe<MeterReading>;
  /** Metered − fuelings' volume (negative: fuelings more). */
  difference?: Maybe<Volume>;
  /** True when the difference is beyond the tolerance. */
  flagged: Scalars['Boolean']['output'];
  /** Fuelings that ended between the two readings. */
  fuelingCount: Scalars['Int']['output'];
  /** Their volume. */
  fuelingVolume: Volume;
  /** Closing − opening (across the counter's wrap). */
  metered?: Maybe<Volume>;
  /** Nozzle number on the station. */
  nozzleNumber: Scalars['Int']['output'];
  /** The reading at open; null when none was known. */
  opening?: Maybe<MeterReading>;
};

/** The price one nozzle should show. */
export type NozzlePrice = {
  __typename?: 'NozzlePrice';
  /** National grade code the dispenser knows, e.g. 1402. */
  gradeCode: Scalars['String']['output'];
  /** Nozzle number on the station. */
  nozzleNumber: Scalars['Int']['output'];
  /** Price per litre. */
  unitPrice: Money;
};

/** The price a nozzle now shows. */
export type NozzlePriceInput = {
  /** Nozzle number on the station. */
  nozzleNumber: Scalars['Int']['input'];
  /** Price the dispenser shows, fen per litre. */
  unitPriceFen: Scalars['Int']['input'];
};

/** What a nozzle is doing: OFFLINE (no link), IDLE (hung up), CALLING (lifted), CARD_INSERTED, AUTHORIZED, FUELING, SUSPENDED, COMPLETED (sale ended, awaiting the next). */
export type NozzleState =
  | 'AUTHORIZED'
  | 'CALLING'
  | 'CARD_INSERTED'
  | 'COMPLETED'
  | 'FUELING'
  | 'IDLE'
  | 'OFFLINE'
  | 'SUSPENDED';

/** One nozzle's state as the dispenser reports it. */
export type NozzleStateInput = {
  /** Running amount in fen. */
  amountFen?: Scalars['Int']['input'];
  /** The device's clock at the reading. */
  deviceTime?: InputMaybe<Scalars['DateTime']['input']>;
  /** Nozzle number on the station. */
  nozzleNumber: Scalars['Int']['input'];
  /** The device's monotonic sequence (microseconds since the epoch keep it increasing across restarts); older states are dropped. */
  sequence: Scalars['Long']['input'];
  /** What the nozzle is doing. */
  state: NozzleState;
  /** Unit price in fen per litre. */
  unitPriceFen?: Scalars['Int']['input'];
  /** Running volume in millilitres. */
  volumeMl?: Scalars['Int']['input'];
};

/** A problem with the input of a state report; nothing was changed. */
export type NozzleStatesReportError = UserError & {
  __typename?: 'NozzleStatesReportError';
  /** A stable machine-readable reason. */
  code: NozzleStatesReportErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a state report was refused. */
export type NozzleStatesReportErrorCode =
  | 'INVALID'
  | 'UNKNOWN_DISPENSER'
  | 'UNKNOWN_NOZZLE';

/** A batch of live nozzle states from a station device. */
export type NozzleStatesReportInput = {
  /** The states (at most 256). */
  states: Array<NozzleStateInput>;
};

/** Result of a state report. */
export type NozzleStatesReportPayload = {
  __typename?: 'NozzleStatesReportPayload';
  /** How many states were newer than stored and applied. */
  accepted: Scalars['Int']['output'];
  /** Why the batch was refused (nothing applied). */
  errors: Array<NozzleStatesReportError>;
};

/** One nozzle's state, as delivered to a subscriber. */
export type NozzleStatus = {
  __typename?: 'NozzleStatus';
  /** Running amount. */
  amount: Money;
  /** The nozzle. */
  nozzle: Nozzle;
  /** What it is doing. */
  state: NozzleState;
  /** Unit price per litre. */
  unitPrice: Money;
  /** When the platform received it. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version (per station) of this state; 0 = never reported. */
  version: Scalars['Long']['output'];
  /** Running volume. */
  volume: Volume;
};

/** A sale at a station. Requires VIEW_ORDERS (or OPERATE_POS at the POS). */
export type Order = Node & {
  __typename?: 'Order';
  /** The cashier. */
  cashierName?: Maybe<Scalars['String']['output']>;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Discounts. */
  discount: Money;
  /** Why the manual discount. */
  discountReason?: Maybe<Scalars['String']['output']>;
  /** Discounts, in the order they were taken. */
  discounts: Array<OrderDiscount>;
  /** Every change of the order, its payments and refunds, oldest first. */
  history: Array<OrderEvent>;
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** The e-invoice request link the receipt's QR code holds (paid orders only). */
  invoiceRequestUrl?: Maybe<Scalars['String']['output']>;
  /** Lines. */
  lines: Array<OrderLine>;
  /** The driver, when identified at the POS or paying in the mini-program. */
  member?: Maybe<Member>;
  /** Readable number: station-date-sequence. */
  number: Scalars['String']['output'];
  /** When it was paid. */
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the customer pays. */
  payable: Money;
  /** Payments, one per tender. */
  payments: Array<Payment>;
  /** The receipt as text for a thermal printer: width 32 (58 mm) or 48 (80 mm) columns. */
  receipt: Scalars['String']['output'];
  /** The receipt as ESC/POS bytes (GB18030 text, the e-invoice request QR code of a paid order, then cut), base64-encoded. */
  receiptEscpos: Scalars['String']['output'];
  /** The receipt as a self-contained HTML page for the browser (print preview), with the e-invoice request QR code of a paid order. */
  receiptHtml: Scalars['String']['output'];
  /** Refunds, oldest first. */
  refunds: Array<Refund>;
  /** Cashier's remark. */
  remark?: Maybe<Scalars['String']['output']>;
  /** The station. */
  station: Station;
  /** Where it stands. */
  status: OrderStatus;
  /** Tags such as 滴滴. */
  tags: Array<Scalars['String']['output']>;
  /** Before discounts. */
  total: Money;
  /** The vehicle's plate, when known. */
  vehiclePlate?: Maybe<Scalars['String']['output']>;
};


/** A sale at a station. Requires VIEW_ORDERS (or OPERATE_POS at the POS). */
export type OrderReceiptArgs = {
  width?: Scalars['Int']['input'];
};


/** A sale at a station. Requires VIEW_ORDERS (or OPERATE_POS at the POS). */
export type OrderReceiptEscposArgs = {
  width?: Scalars['Int']['input'];
};

/** A problem with the input of a void or drive-off; nothing was changed. */
export type OrderChangeError = UserError & {
  __typename?: 'OrderChangeError';
  /** A stable machine-readable reason. */
  code: OrderChangeErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a void or drive-off was refused. */
export type OrderChangeErrorCode =
  | 'ALREADY_SETTLED'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'NOT_VOIDABLE'
  | 'NO_OPEN_SHIFT';

/** Result of voiding an order or writing off a drive-off. */
export type OrderChangePayload = {
  __typename?: 'OrderChangePayload';
  /** Why nothing changed. */
  errors: Array<OrderChangeError>;
  /** The order. */
  order?: Maybe<Order>;
};

/** A page of a list (keyset pagination; `first` at most 100). */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The items of this page. */
  edges: Array<OrderEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
};

/** One discount: a rule's (member price, a campaign) or the manual one. */
export type OrderDiscount = {
  __typename?: 'OrderDiscount';
  /** Amount taken off. */
  amount: Money;
  /** What the receipt prints. */
  label: Scalars['String']['output'];
  /** The line it applies to (0-based position); null: the whole order. */
  line?: Maybe<Scalars['Int']['output']>;
  /** Why (manual discounts). */
  reason?: Maybe<Scalars['String']['output']>;
  /** The rule that gave it (manual for a supervisor's). */
  rule: Scalars['String']['output'];
};

/** One item of a page with its cursor. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Order;
};

/** One change in an order's history. */
export type OrderEvent = {
  __typename?: 'OrderEvent';
  /** Who: staff, member, device, partner or system. */
  actorKind: Scalars['String']['output'];
  /** Who, by name (a staff member's username; 系统 for the platform itself, e.g. a channel's confirmation). */
  actorLabel: Scalars['String']['output'];
  /** The payment's or refund's amount. */
  amount?: Maybe<Money>;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Before: a status in lower case (order, payment, refund) or the tags joined by commas; null when new. */
  fromValue?: Maybe<Scalars['String']['output']>;
  /** What changed. */
  kind: OrderEventKind;
  /** The payment's tender. */
  tender?: Maybe<Tender>;
  /** After, in the same form. */
  toValue: Scalars['String']['output'];
};

/** What changed: the order, a payment, a refund, the tags. */
export type OrderEventKind =
  | 'ORDER'
  | 'PAYMENT'
  | 'REFUND'
  | 'TAGS';

/** Filters of the order list. */
export type OrderFilter = {
  /** Made at or after. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these members' orders. */
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only orders with fuel from these nozzles. */
  nozzleNumbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Only this shift's orders. */
  shiftId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these stations. */
  stationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<OrderStatus>>;
  /** Only orders with this tag. */
  tag?: InputMaybe<Scalars['String']['input']>;
  /** Only orders paid (in part) with one of these tenders. */
  tenders?: InputMaybe<Array<Tender>>;
  /** Made before. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only orders of this vehicle. */
  vehiclePlate?: InputMaybe<Scalars['String']['input']>;
};

/** One line of an order. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** Line amount. */
  amount: Money;
  /** What was sold, e.g. 3号枪 20.55 L. */
  description: Scalars['String']['output'];
  /** Grade code, for fuel. */
  gradeCode?: Maybe<Scalars['String']['output']>;
  /** Volume, for fuel. */
  quantity?: Maybe<Volume>;
  /** Unit price. */
  unitPrice: Money;
  /** How many, for goods. */
  units?: Maybe<Scalars['Int']['output']>;
};

/** Pay what an order awaiting payment still owes. */
export type OrderPayInput = {
  /** Unique per attempt (8-128 characters); a retry with the same key and body returns the first result. */
  idempotencyKey: Scalars['String']['input'];
  /** The order, awaiting payment. */
  orderId: Scalars['ID']['input'];
  /** How the rest is paid; the amounts add up to what the order still owes. */
  tenders: Array<TenderInput>;
};

/** Where an order stands. */
export type OrderStatus =
  | 'AWAITING_PAYMENT'
  | 'DRIVE_OFF'
  | 'PAID'
  | 'PARTIALLY_REFUNDED'
  | 'REFUNDED'
  | 'VOIDED';

/** Where a page sits in its list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page was asked for after a cursor. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A problem with the input of a password change; nothing was changed. */
export type PasswordChangeError = UserError & {
  __typename?: 'PasswordChangeError';
  /** A stable machine-readable reason. */
  code: PasswordChangeErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a password change was refused. */
export type PasswordChangeErrorCode =
  | 'INVALID_PASSWORD'
  | 'WEAK_PASSWORD';

/** Change your own password. */
export type PasswordChangeInput = {
  /** Your current password. */
  currentPassword: Scalars['String']['input'];
  /** At least 8 characters with letters and digits. */
  newPassword: Scalars['String']['input'];
};

/** Result of a password change (your other sessions are signed out). */
export type PasswordChangePayload = {
  __typename?: 'PasswordChangePayload';
  /** Why it failed. */
  errors: Array<PasswordChangeError>;
};

/** One tender of an order. */
export type Payment = Node & {
  __typename?: 'Payment';
  /** Amount paid with this tender. */
  amount: Money;
  /** Change returned. */
  change?: Maybe<Money>;
  /** The channel's message, for the cashier. */
  channelMessage?: Maybe<Scalars['String']['output']>;
  /** The channel's last answer: success, userpaying, notpay, failed, closed, unknown. */
  channelState?: Maybe<Scalars['String']['output']>;
  /** Cash handed over. */
  given?: Maybe<Money>;
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Terminal reference number. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Where it stands. */
  status: PaymentStatus;
  /** The tender. */
  tender: Tender;
  /** The channel's transaction id. */
  transactionId?: Maybe<Scalars['String']['output']>;
};

/** Filters of the payment list. */
export type PaymentFilter = {
  /** Made at or after. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** A channel's transaction id or an order number, or part of one (at most 64 characters). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only this shift's payments. */
  shiftId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these stations. */
  stationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<PaymentStatus>>;
  /** Only these tenders. */
  tenders?: InputMaybe<Array<Tender>>;
  /** Made before. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A station's merchant account with a payment channel (the key is never shown). Requires MANAGE_SETTINGS. */
export type PaymentMerchant = Node & {
  __typename?: 'PaymentMerchant';
  /** The channel's API address. */
  apiBaseUrl: Scalars['String']['output'];
  /** AppID bound to the merchant. */
  appId: Scalars['String']['output'];
  /** wechat. */
  channel: Scalars['String']['output'];
  /** The channel's fee in basis points. */
  feeRateBp: Scalars['Int']['output'];
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** True when the drivers' mini-program can pay (JSAPI, v3): the merchant API key and serial, a WeChat Pay public key and the APIv3 key are all held. */
  jsapiConfigured: Scalars['Boolean']['output'];
  /** Merchant number (商户号). */
  mchId: Scalars['String']['output'];
  /** Serial of the merchant API certificate whose key signs JSAPI requests (the key is never shown). */
  merchantSerial?: Maybe<Scalars['String']['output']>;
  /** The mini-program's AppID JSAPI payments use (null: the account's AppID). */
  miniProgramAppId?: Maybe<Scalars['String']['output']>;
  /** True when v3 notifications can be verified. */
  notificationsEnabled: Scalars['Boolean']['output'];
  /** Payee name shown to drivers. */
  payeeName: Scalars['String']['output'];
  /** Serials of the WeChat Pay keys held. */
  platformKeySerials: Array<Scalars['String']['output']>;
};

/** A problem with the input of a merchant account change; nothing was changed. */
export type PaymentMerchantError = UserError & {
  __typename?: 'PaymentMerchantError';
  /** A stable machine-readable reason. */
  code: PaymentMerchantErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a merchant account change was refused. */
export type PaymentMerchantErrorCode =
  | 'INVALID'
  | 'NO_MERCHANT';

/** Result of setting a merchant account. */
export type PaymentMerchantPayload = {
  __typename?: 'PaymentMerchantPayload';
  /** Why nothing changed. */
  errors: Array<PaymentMerchantError>;
  /** The account. */
  merchant?: Maybe<PaymentMerchant>;
};

/** Set a station's merchant account for a channel. */
export type PaymentMerchantSetInput = {
  /** The channel's API address (default: the real one). */
  apiBaseUrl?: InputMaybe<Scalars['String']['input']>;
  /** The 32-character API key (omit to keep it). */
  apiKey?: InputMaybe<Scalars['String']['input']>;
  /** The APIv3 key that decrypts notifications (omit to keep it). */
  apiV3Key?: InputMaybe<Scalars['String']['input']>;
  /** AppID bound to the merchant. */
  appId: Scalars['String']['input'];
  /** wechat. */
  channel?: Scalars['String']['input'];
  /** The channel's fee in basis points (38 = 0.38%). */
  feeRateBp?: InputMaybe<Scalars['Int']['input']>;
  /** Merchant number (商户号). */
  mchId: Scalars['String']['input'];
  /** JSAPI: the merchant API certificate's RSA private key, PEM (apiclient_key.pem); write-only, stored encrypted; omit or leave empty to keep it. */
  merchantPrivateKey?: InputMaybe<Scalars['String']['input']>;
  /** JSAPI: the merchant API certificate's serial (hex; omit to keep it). */
  merchantSerial?: InputMaybe<Scalars['String']['input']>;
  /** JSAPI (WeChat only): the drivers' mini-program AppID (omit to keep it). */
  miniProgramAppId?: InputMaybe<Scalars['String']['input']>;
  /** Payee name shown to drivers. */
  payeeName: Scalars['String']['input'];
  /** WeChat Pay public keys by serial (PUB_KEY_ID_... or platform certificates). */
  platformKeys?: InputMaybe<Array<PlatformKeyInput>>;
  /** The station. */
  stationId: Scalars['ID']['input'];
};

/** A payment as the back office reconciles it with the channel's statement. */
export type PaymentRecord = {
  __typename?: 'PaymentRecord';
  /** Amount paid with this tender. */
  amount: Money;
  /** The channel's message. */
  channelMessage?: Maybe<Scalars['String']['output']>;
  /** The channel's last answer: success, userpaying, notpay, failed, closed, unknown. */
  channelState?: Maybe<Scalars['String']['output']>;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** The channel's fee, once settled (online tenders). */
  fee?: Maybe<Money>;
  /** The payment's global ID (a Payment: what refundCreate takes). */
  id: Scalars['ID']['output'];
  /** The order it pays. */
  order: Order;
  /** Bank card terminal's reference number. */
  reference?: Maybe<Scalars['String']['output']>;
  /** When the money was confirmed. */
  settledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The station. */
  station: Station;
  /** Where it stands. */
  status: PaymentStatus;
  /** The tender. */
  tender: Tender;
  /** The channel's transaction id. */
  transactionId?: Maybe<Scalars['String']['output']>;
};

/** A page of payments, with the totals of the filter. */
export type PaymentRecordConnection = {
  __typename?: 'PaymentRecordConnection';
  /** The items of this page. */
  edges: Array<PaymentRecordEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
  /** Count, amount and fees of every payment of the filter (one extra query; ask only when shown). */
  totals: PaymentTotals;
};

/** One item of a page with its cursor. */
export type PaymentRecordEdge = {
  __typename?: 'PaymentRecordEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: PaymentRecord;
};

/** Where a payment stands. */
export type PaymentStatus =
  | 'CLOSED'
  | 'CREATED'
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

/** What every payment of a filter adds up to. */
export type PaymentTotals = {
  __typename?: 'PaymentTotals';
  /** Their amounts. */
  amount: Money;
  /** Payments. */
  count: Scalars['Int']['output'];
  /** The channels' fees. */
  fee: Money;
};

/** What an actor may do. Roles are sets of these, granted over a scope of stations. */
export type Permission =
  | 'ADJUST_BALANCES'
  | 'APPROVE_PRICES'
  | 'CHANGE_PRICES'
  | 'EXPORT_DATA'
  | 'MAKE_UP_ORDERS'
  | 'MANAGE_API_KEYS'
  | 'MANAGE_CARDS'
  | 'MANAGE_CARD_PRODUCTS'
  | 'MANAGE_DEVICES'
  | 'MANAGE_FLEETS'
  | 'MANAGE_INSPECTIONS'
  | 'MANAGE_INVENTORY'
  | 'MANAGE_LOYALTY'
  | 'MANAGE_MARKETING'
  | 'MANAGE_MEMBERS'
  | 'MANAGE_ORDERS'
  | 'MANAGE_PUMPS'
  | 'MANAGE_ROLES'
  | 'MANAGE_SETTINGS'
  | 'MANAGE_SHIFTS'
  | 'MANAGE_STAFF'
  | 'MANAGE_STATIONS'
  | 'OPERATE_POS'
  | 'REFUND_PAYMENTS'
  | 'REGISTER_MEMBERS'
  | 'REVIEW_CERTIFICATIONS'
  | 'TOP_UP_CARDS'
  | 'VIEW_AUDIT_LOG'
  | 'VIEW_FLEETS'
  | 'VIEW_FORECOURT'
  | 'VIEW_MEMBERS'
  | 'VIEW_ORDERS'
  | 'VIEW_PHONE_NUMBERS'
  | 'VIEW_REPORTS'
  | 'VIEW_STAFF'
  | 'VIEW_STATIONS';

/** A permission with its zh-CN label and group, for role editors. */
export type PermissionInfo = {
  __typename?: 'PermissionInfo';
  /** The permission. */
  code: Permission;
  /** zh-CN group (组织, 油站, 收银...). */
  group: Scalars['String']['output'];
  /** zh-CN label. */
  label: Scalars['String']['output'];
};

/** A WeChat Pay public key by its serial. */
export type PlatformKeyInput = {
  /** The RSA public key, PEM. */
  pem: Scalars['String']['input'];
  /** PUB_KEY_ID_... or a platform certificate's serial. */
  serial: Scalars['String']['input'];
};

/** Points per yuan paid or per litre. */
export type PointsBasis =
  | 'PER_LITRE'
  | 'PER_YUAN';

/** A problem with the input of a gift for points; nothing was changed. */
export type PointsGiftError = UserError & {
  __typename?: 'PointsGiftError';
  /** A stable machine-readable reason. */
  code: PointsGiftErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a gift for points was refused. */
export type PointsGiftErrorCode =
  | 'IDEMPOTENCY_CONFLICT'
  | 'INSUFFICIENT_POINTS'
  | 'INVALID'
  | 'NOT_FOUND';

/** Points issued, redeemed, expired and moved by refunds in one month. */
export type PointsMonth = {
  __typename?: 'PointsMonth';
  /** Points that lapsed. */
  expired: Scalars['Long']['output'];
  /** Points earned. */
  issued: Scalars['Long']['output'];
  /** The calendar month, China time (2026-01). */
  month: Scalars['String']['output'];
  /** Points spent at checkout or on gifts. */
  redeemed: Scalars['Long']['output'];
  /** Points given back by refunds of points payments and by voids. */
  refunded: Scalars['Long']['output'];
  /** Points taken back by refunds of the orders that earned them. */
  revoked: Scalars['Long']['output'];
  /** Points those refunds could not take back: the member had already spent them. */
  shortfall: Scalars['Long']['output'];
};

/** One line of a member's points statement. */
export type PointsMovement = Node & {
  __typename?: 'PointsMovement';
  /** Points held afterwards. */
  balanceAfter: Scalars['Long']['output'];
  /** What the receipt or statement prints. */
  description: Scalars['String']['output'];
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: PointsMovementKind;
  /** When (earned: when the order was paid). */
  occurredAt: Scalars['DateTime']['output'];
  /** Points gained (negative: spent or expired). */
  points: Scalars['Long']['output'];
  /** REVOKE: points due back that the member had already spent (not taken); 0 otherwise. */
  shortfall: Scalars['Long']['output'];
};

/** A page of a list (keyset pagination; `first` at most 100). */
export type PointsMovementConnection = {
  __typename?: 'PointsMovementConnection';
  /** The items of this page. */
  edges: Array<PointsMovementEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page with its cursor. */
export type PointsMovementEdge = {
  __typename?: 'PointsMovementEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: PointsMovement;
};

/** Earned by an order, redeemed at checkout, exchanged for a gift, expired; REFUND: given back by a refund of a points payment or a void; REVOKE: earned by an order and taken back by its refund. */
export type PointsMovementKind =
  | 'EARN'
  | 'EXPIRE'
  | 'GIFT'
  | 'REDEEM'
  | 'REFUND'
  | 'REVOKE';

/** Exchange a member's points for a gift handed over at the station. */
export type PointsRedeemForGiftInput = {
  /** What is given (1 to 32 characters). */
  gift: Scalars['String']['input'];
  /** Unique per exchange (8 to 128 characters): a retry with the same key exchanges once. */
  idempotencyKey: Scalars['String']['input'];
  /** The member. */
  memberId: Scalars['ID']['input'];
  /** Points it costs. */
  points: Scalars['Long']['input'];
  /** The station handing over the gift. */
  stationId: Scalars['ID']['input'];
};

/** Result of a gift for points. */
export type PointsRedeemForGiftPayload = {
  __typename?: 'PointsRedeemForGiftPayload';
  /** Why nothing changed. */
  errors: Array<PointsGiftError>;
  /** The statement line. */
  movement?: Maybe<PointsMovement>;
  /** True when this key was used before: nothing new. */
  replay: Scalars['Boolean']['output'];
};

/** A points earning rule (积分规则). */
export type PointsRule = Node & {
  __typename?: 'PointsRule';
  /** Applied to new orders. */
  active: Scalars['Boolean']['output'];
  /** Base rules: per yuan or per litre. */
  basis?: Maybe<PointsBasis>;
  /** Campaigns: end (exclusive). */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Only this grade (fuel); null: every grade. */
  gradeCode?: Maybe<Scalars['String']['output']>;
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Base rule or campaign. */
  kind: PointsRuleKind;
  /** Campaigns: multiplier in % (200 = double). */
  multiplierPct?: Maybe<Scalars['Int']['output']>;
  /** Name. */
  name: Scalars['String']['output'];
  /** Base rules: points per yuan or litre. */
  points?: Maybe<Scalars['Int']['output']>;
  /** Campaigns: start. */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Fuel or goods. */
  target: PointsTarget;
};

/** BASE: points per yuan or litre; CAMPAIGN: a multiplier in a period. */
export type PointsRuleKind =
  | 'BASE'
  | 'CAMPAIGN';

/** Create a points rule (no id) or change one. */
export type PointsRuleSaveInput = {
  /** Applied to new orders. */
  active?: Scalars['Boolean']['input'];
  /** Base rules. */
  basis?: InputMaybe<PointsBasis>;
  /** Campaigns: end (exclusive). */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only this grade (fuel). */
  gradeCode?: InputMaybe<Scalars['String']['input']>;
  /** The rule to change. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Base rule or campaign. */
  kind: PointsRuleKind;
  /** Campaigns: multiplier in %. */
  multiplierPct?: InputMaybe<Scalars['Int']['input']>;
  /** Name. */
  name: Scalars['String']['input'];
  /** Base rules: points per yuan or litre. */
  points?: InputMaybe<Scalars['Int']['input']>;
  /** Campaigns: start. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Fuel or goods. */
  target: PointsTarget;
};

/** Result of saving a points rule. */
export type PointsRuleSavePayload = {
  __typename?: 'PointsRuleSavePayload';
  /** Why nothing changed. */
  errors: Array<LoyaltyError>;
  /** The rule saved. */
  rule?: Maybe<PointsRule>;
};

/** Fuel lines or goods lines. */
export type PointsTarget =
  | 'FUEL'
  | 'GOODS';

/** A price change. Requires CHANGE_PRICES. */
export type PriceChange = Node & {
  __typename?: 'PriceChange';
  /** When it was applied. */
  appliedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was requested. */
  createdAt: Scalars['DateTime']['output'];
  /** Delivery to the nozzles, by status. */
  deliveries: PriceDeliverySummary;
  /** When it takes effect; null = at once. */
  effectiveAt?: Maybe<Scalars['DateTime']['output']>;
  /** The grade. */
  grade: FuelGrade;
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** True when a step exceeded the limit. */
  needsApproval: Scalars['Boolean']['output'];
  /** The new price per litre. */
  price: Money;
  /** Why. */
  reason?: Maybe<Scalars['String']['output']>;
  /** How the stations were chosen. */
  scope: PriceScope;
  /** The stations it applies to. */
  stations: Array<Station>;
  /** Where it stands. */
  status: PriceChangeStatus;
};

/** A page of a list (keyset pagination; `first` at most 100). */
export type PriceChangeConnection = {
  __typename?: 'PriceChangeConnection';
  /** The items of this page. */
  edges: Array<PriceChangeEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
};

/** A new price for one grade. */
export type PriceChangeCreateInput = {
  /** When; omit for at once. */
  effectiveAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The grade. */
  gradeId: Scalars['ID']['input'];
  /** New price in fen per litre. */
  priceFen: Scalars['Int']['input'];
  /** Why (kept in the audit log). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** For REGION. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  /** Stations, a region or the company. */
  scope: PriceScope;
  /** For STATIONS. */
  stationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A decision on a price change. */
export type PriceChangeDecisionInput = {
  /** The price change. */
  id: Scalars['ID']['input'];
  /** Why (kept in the audit log). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** One item of a page with its cursor. */
export type PriceChangeEdge = {
  __typename?: 'PriceChangeEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: PriceChange;
};

/** A problem with the input of a price change; nothing was changed. */
export type PriceChangeError = UserError & {
  __typename?: 'PriceChangeError';
  /** A stable machine-readable reason. */
  code: PriceChangeErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a price change was refused. */
export type PriceChangeErrorCode =
  | 'INVALID'
  | 'NOT_FOUND'
  | 'REQUIRED'
  | 'SAME_PERSON'
  | 'WRONG_STATUS';

/** Result of a price change mutation. */
export type PriceChangePayload = {
  __typename?: 'PriceChangePayload';
  /** Why nothing changed. */
  errors: Array<PriceChangeError>;
  /** The change after it. */
  priceChange?: Maybe<PriceChange>;
};

/** PENDING_APPROVAL (a step beyond the limit waits for a second person), SCHEDULED, APPLIED, REJECTED, CANCELLED. */
export type PriceChangeStatus =
  | 'APPLIED'
  | 'CANCELLED'
  | 'PENDING_APPROVAL'
  | 'REJECTED'
  | 'SCHEDULED';

/** How far a price change has reached the nozzles. */
export type PriceDeliverySummary = {
  __typename?: 'PriceDeliverySummary';
  /** The dispenser shows the new price. */
  confirmed: Scalars['Int']['output'];
  /** The dispenser refused or never confirmed. */
  failed: Scalars['Int']['output'];
  /** Not yet sent to the dispenser. */
  pending: Scalars['Int']['output'];
  /** Sent, not yet confirmed. */
  sent: Scalars['Int']['output'];
};

/** Stations listed, a region, or the company. */
export type PriceScope =
  | 'COMPANY'
  | 'REGION'
  | 'STATIONS';

/** The price table a station's dispensers should show. */
export type PriceTableFetchPayload = {
  __typename?: 'PriceTableFetchPayload';
  /** One entry per nozzle that has a price. */
  nozzles: Array<NozzlePrice>;
};

/** Prices the station's dispensers now show. */
export type PricesConfirmInput = {
  /** One entry per nozzle. */
  nozzles: Array<NozzlePriceInput>;
};

/** Result of a price confirmation. */
export type PricesConfirmPayload = {
  __typename?: 'PricesConfirmPayload';
  /** Deliveries confirmed by this report. */
  confirmed: Scalars['Int']['output'];
};

/** Everything a client can read. Each field states the permission it needs. */
export type Query = {
  __typename?: 'Query';
  /** Forecourt anomalies, newest first. Requires VIEW_FORECOURT. */
  anomalies: AnomalyConnection;
  /** The company's partner API keys, newest first. Requires MANAGE_API_KEYS. */
  apiKeys: ApiKeyConnection;
  /** Sign-ins and other audited operations per day over the last `days` days (for the home dashboard). Requires VIEW_AUDIT_LOG. */
  auditActivity: Array<AuditActivityDay>;
  /** The audit log in your scope, newest first. Requires VIEW_AUDIT_LOG. */
  auditLogs: AuditLogConnection;
  /** One card; null when there is none or it is not yours. Requires VIEW_MEMBERS. */
  card?: Maybe<Card>;
  /** The company's card products (制卡规则). Requires VIEW_MEMBERS. */
  cardProducts: Array<CardProduct>;
  /** The company's cards, newest first. Requires VIEW_MEMBERS. */
  cards: CardConnection;
  /** Driver certification requests, newest first. Requires REVIEW_CERTIFICATIONS. */
  certifications: CertificationConnection;
  /** Price a sale exactly as checkoutCreate will (lines, discounts, payable) without paying or holding anything. Requires OPERATE_POS. */
  checkoutQuote: CheckoutQuotePayload;
  /** The station's open shift (null when none). Requires OPERATE_POS. */
  currentShift?: Maybe<Shift>;
  /** A station's day report (日结): every shift opened that local day. Requires VIEW_REPORTS. */
  dayReport: SalesReport;
  /** The devices (pump_link boxes) of a station. Requires MANAGE_DEVICES. */
  devices: Array<Device>;
  /** A station's dispensers with their nozzles and live states. Requires VIEW_FORECOURT. */
  dispensers: Array<Dispenser>;
  /** The fuelings completed on a nozzle in the last 15 minutes and not paid yet, newest first. Requires a member token (the mini-program's sign-in); any other credential is FORBIDDEN. */
  driverFuelings: Array<DriverFueling>;
  /** A station's nozzles with their grade, today's price and live state. Requires a member token (the mini-program's sign-in); any other credential is FORBIDDEN. */
  driverNozzles: Array<DriverNozzle>;
  /** One of your orders; null when it is not yours. Requires a member token (the mini-program's sign-in); any other credential is FORBIDDEN. */
  driverOrder?: Maybe<DriverOrder>;
  /** Your orders, newest first. Requires a member token (the mini-program's sign-in); any other credential is FORBIDDEN. */
  driverOrders: DriverOrderConnection;
  /** A payment of one of your orders, to follow until `final` (null when not yours). Requires a member token (the mini-program's sign-in); any other credential is FORBIDDEN. */
  driverPayment?: Maybe<DriverPaymentState>;
  /** What the driver would pay for a fueling by `tender` (WeChat Pay unless told), with the member's discounts for that tender, priced as driverCheckout or driverCardPay will charge; holds nothing. Requires a member token (the mini-program's sign-in); any other credential is FORBIDDEN. */
  driverQuote: DriverQuotePayload;
  /** One station of the company (a scanned station QR code names it); null when there is none. Requires a member token (the mini-program's sign-in); any other credential is FORBIDDEN. */
  driverStation?: Maybe<DriverStation>;
  /** The company's stations nearest to `near` within `radiusM` metres (50 km; at most 200 km), each with its distance, whether it is open now, today's prices and its payee; without `near`, every station by code. At most 50. Requires a member token (the mini-program's sign-in); any other credential is FORBIDDEN. */
  driverStations: Array<DriverStation>;
  /** One of your top-ups by WeChat Pay, to follow until `final` (null when not yours); a pending one is asked of WeChat Pay (at most every two seconds). Requires a member token (the mini-program's sign-in); any other credential is FORBIDDEN. */
  driverTopUp?: Maybe<CardTopUpPayment>;
  /** One fleet, with its vehicles, balances, adjustments and history; null when there is none in your scope. Requires VIEW_FLEETS. */
  fleet?: Maybe<Fleet>;
  /** Adjustments of the fleets of your stations, newest first (status PENDING: the approval queue). Requires VIEW_FLEETS. */
  fleetAdjustments: FleetAdjustmentConnection;
  /** A fleet's monthly statement (month as 2026-01, in its station's time zone), with the Excel workbook; null when the fleet is not in your scope. Requires VIEW_FLEETS. */
  fleetStatement?: Maybe<FleetStatement>;
  /** Fleets (大客户) of your stations, newest first. Requires VIEW_FLEETS. */
  fleets: FleetConnection;
  /** The company's fuel grades. Requires VIEW_FORECOURT. */
  fuelGrades: Array<FuelGrade>;
  /** Completed fuelings, newest first. Requires VIEW_FORECOURT. */
  fuelings: FuelingConnection;
  /** Goods on sale, by barcode or name. Requires OPERATE_POS. */
  goodsItems: GoodsItemConnection;
  /** The company's loyalty settings. Requires VIEW_MEMBERS. */
  loyaltyProgram: LoyaltyProgram;
  /** Members per tier, and points issued, redeemed and expired per month. Requires VIEW_REPORTS. */
  loyaltyReport: LoyaltyReport;
  /** One member of your company; null when there is none. Requires VIEW_MEMBERS. */
  member?: Maybe<Member>;
  /** Registered members as an Excel workbook, by registration day and channel. Requires VIEW_MEMBERS, EXPORT_DATA. */
  memberExport: MemberExport;
  /** New members per month and channel, for the growth chart. Requires VIEW_MEMBERS. */
  memberGrowth: Array<MemberGrowth>;
  /** Find a member at the POS by exactly one of: whole mobile number, plate, the member code shown in the mini-program (valid 60 s, used once), or the number of a card the member holds. Requires VIEW_MEMBERS. */
  memberLookup: MemberLookupResult;
  /** A member's points, tier and statement; with a member token, only your own. Null when there is no such member. Requires VIEW_MEMBERS. */
  memberPoints?: Maybe<MemberPoints>;
  /** The signed-in member's own profile (mini-program). Requires a member token. */
  memberViewer: Member;
  /** Registered members of your company, newest first. Requires VIEW_MEMBERS. */
  members: MemberConnection;
  /** Any object by its global ID; null when it does not exist or is out of your scope. Requires a signed-in actor and the object's own permission. */
  node?: Maybe<Node>;
  /** Orders, newest first. Requires VIEW_ORDERS. */
  orders: OrderConnection;
  /** A station's merchant accounts. Requires MANAGE_SETTINGS. */
  paymentMerchants: Array<PaymentMerchant>;
  /** Payments, newest first, for reconciliation with the channels' statements: order, tender, amount, fee, channel state and transaction id. Requires VIEW_ORDERS. */
  payments: PaymentRecordConnection;
  /** Every permission with its zh-CN label and group. Requires a signed-in actor. */
  permissions: Array<PermissionInfo>;
  /** Points earning rules and campaigns, newest first. Requires VIEW_MEMBERS. */
  pointsRules: Array<PointsRule>;
  /** A station's current prices. Requires VIEW_FORECOURT. */
  priceBook: Array<StationPrice>;
  /** Price changes, newest first. Requires CHANGE_PRICES. */
  priceChanges: PriceChangeConnection;
  /** Refunds, newest first: order, payment refunded, amount, reason, who asked and where the channel stands. Requires VIEW_ORDERS. */
  refunds: RefundRecordConnection;
  /** The company's regions. Requires VIEW_STATIONS. */
  regions: Array<Region>;
  /** The company's roles, built-in first. Requires VIEW_STAFF. */
  roles: Array<Role>;
  /** The platform's version and clock. Public: needs no sign-in. */
  serverInfo: ServerInfo;
  /** A shift's report (班结报表). Requires VIEW_ORDERS. */
  shiftReport: SalesReport;
  /** Shifts, newest first: cashier, station, opening cash, expected and counted cash, over/short and its reason. Requires VIEW_ORDERS. */
  shifts: ShiftConnection;
  /** One staff user; null when out of your scope. Requires VIEW_STAFF. */
  staffUser?: Maybe<StaffUser>;
  /** Staff users in your scope, newest first. Requires VIEW_STAFF. */
  staffUsers: StaffUserConnection;
  /** One station; null when it is out of your scope. Requires VIEW_STATIONS. */
  station?: Maybe<Station>;
  /** The active staff who hold OPERATE_POS at the station, by name: whom a shift can be handed over to. Requires MANAGE_SHIFTS. */
  stationCashiers: Array<StationCashier>;
  /** Stations in your scope, by code. Requires VIEW_STATIONS. */
  stations: StationConnection;
  /** A station's tanks. Requires VIEW_FORECOURT. */
  tanks: Array<Tank>;
  /** The tier ladder, lowest first. Requires VIEW_MEMBERS. */
  tiers: Array<Tier>;
  /** When the platform asked this station for fresh totalizer readings (a shift opened or closed), null when nothing is asked. Requires a station device token; the next `totalizersReport` answers the request. */
  totalizersWanted?: Maybe<Scalars['DateTime']['output']>;
  /** The signed-in staff user, with permissions and stations in scope. Requires a signed-in actor. */
  viewer: StaffUser;
  /** The signed-in member's own cards and their children. Requires a member token. */
  viewerCards: Array<Card>;
  /** One fleet you administer, with its balances and vehicles. Requires a member token of one of the fleet's administrators (车队管理员); anyone else is FORBIDDEN. */
  viewerFleet: ViewerFleet;
  /** A fleet's monthly statement (month as 2026-01, in its station's time zone): balances at the start and end, orders paid on account, money received and adjustments. Requires a member token of one of the fleet's administrators (车队管理员); anyone else is FORBIDDEN. */
  viewerFleetStatement: ViewerFleetStatement;
  /** The fleets you administer (empty when none), by name, with their balances and vehicles. Requires a member token of one of the fleet's administrators (车队管理员); anyone else is FORBIDDEN. */
  viewerFleets: Array<ViewerFleet>;
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryAnomaliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  resolved?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryAuditActivityArgs = {
  days?: Scalars['Int']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryAuditLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: Scalars['Int']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryCardArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryCardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CardFilter>;
  first?: Scalars['Int']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryCertificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CertificationFilter>;
  first?: Scalars['Int']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryCheckoutQuoteArgs = {
  input: CheckoutQuoteInput;
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryCurrentShiftArgs = {
  stationId: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryDayReportArgs = {
  day: Scalars['Date']['input'];
  stationId: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryDevicesArgs = {
  stationId: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryDispensersArgs = {
  stationId: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryDriverFuelingsArgs = {
  nozzleNumber: Scalars['Int']['input'];
  stationId: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryDriverNozzlesArgs = {
  stationId: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryDriverOrderArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryDriverOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryDriverPaymentArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryDriverQuoteArgs = {
  input: DriverSaleInput;
  tender?: DriverTender;
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryDriverStationArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryDriverStationsArgs = {
  first?: Scalars['Int']['input'];
  near?: InputMaybe<DriverLocationInput>;
  radiusM?: Scalars['Int']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryDriverTopUpArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryFleetArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryFleetAdjustmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FleetAdjustmentFilter>;
  first?: Scalars['Int']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryFleetStatementArgs = {
  fleetId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryFleetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FleetFilter>;
  first?: Scalars['Int']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryFuelingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FuelingFilter>;
  first?: Scalars['Int']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryGoodsItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryLoyaltyReportArgs = {
  dateFrom: Scalars['Date']['input'];
  dateTo: Scalars['Date']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryMemberArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryMemberExportArgs = {
  channel?: InputMaybe<MemberChannel>;
  registeredFrom?: InputMaybe<Scalars['Date']['input']>;
  registeredTo?: InputMaybe<Scalars['Date']['input']>;
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryMemberGrowthArgs = {
  registeredFrom: Scalars['Date']['input'];
  registeredTo: Scalars['Date']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryMemberLookupArgs = {
  cardNumber?: InputMaybe<Scalars['String']['input']>;
  memberCode?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  plate?: InputMaybe<Scalars['String']['input']>;
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryMemberPointsArgs = {
  memberId: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: Scalars['Int']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: Scalars['Int']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryPaymentMerchantsArgs = {
  stationId: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentFilter>;
  first?: Scalars['Int']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryPriceBookArgs = {
  stationId: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryPriceChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<PriceChangeStatus>;
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryRefundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RefundFilter>;
  first?: Scalars['Int']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryShiftReportArgs = {
  shiftId: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryShiftsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ShiftFilter>;
  first?: Scalars['Int']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryStaffUserArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryStaffUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StaffUserFilter>;
  first?: Scalars['Int']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryStationArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryStationCashiersArgs = {
  stationId: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryStationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StationFilter>;
  first?: Scalars['Int']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryTanksArgs = {
  stationId: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryViewerFleetArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a client can read. Each field states the permission it needs. */
export type QueryViewerFleetStatementArgs = {
  fleetId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
};

/** The employee who referred a member. */
export type Referrer = {
  __typename?: 'Referrer';
  /** The employee code (工号). */
  employeeCode?: Maybe<Scalars['String']['output']>;
  /** The employee's name. */
  name: Scalars['String']['output'];
};

/** Money given back on one payment. */
export type Refund = Node & {
  __typename?: 'Refund';
  /** Amount given back. */
  amount: Money;
  /** When it was asked for. */
  createdAt: Scalars['DateTime']['output'];
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** The payment refunded. */
  paymentId: Scalars['ID']['output'];
  /** Why. */
  reason: Scalars['String']['output'];
  /** When the money was back. */
  settledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: RefundStatus;
};

/** Give money back on one payment. */
export type RefundCreateInput = {
  /** Amount to give back, in fen (at most what is left of it). */
  amountFen: Scalars['Long']['input'];
  /** Unique per refund; a retry with the same key and body returns the first result. */
  idempotencyKey: Scalars['String']['input'];
  /** The payment. */
  paymentId: Scalars['ID']['input'];
  /** Why (2-200 characters). */
  reason: Scalars['String']['input'];
};

/** A problem with the input of a refund; nothing was changed. */
export type RefundError = UserError & {
  __typename?: 'RefundError';
  /** A stable machine-readable reason. */
  code: RefundErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a refund was refused. */
export type RefundErrorCode =
  | 'IDEMPOTENCY_CONFLICT'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'NOT_REFUNDABLE'
  | 'NO_OPEN_SHIFT'
  | 'TOO_MUCH';

/** Filters of the refund list. */
export type RefundFilter = {
  /** Asked for at or after. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these stations. */
  stationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<RefundStatus>>;
  /** Only refunds of payments with these tenders. */
  tenders?: InputMaybe<Array<Tender>>;
  /** Asked for before. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Result of a refund. */
export type RefundPayload = {
  __typename?: 'RefundPayload';
  /** Why nothing was refunded. */
  errors: Array<RefundError>;
  /** The order, after the refund. */
  order?: Maybe<Order>;
  /** The refund. */
  refund?: Maybe<Refund>;
  /** True when this key was already used. */
  replay: Scalars['Boolean']['output'];
};

/** A refund as the back office reconciles it with the channel's statement. */
export type RefundRecord = {
  __typename?: 'RefundRecord';
  /** Amount given back. */
  amount: Money;
  /** The channel's refund id. */
  channelRefundId?: Maybe<Scalars['String']['output']>;
  /** The channel's last answer. */
  channelState?: Maybe<Scalars['String']['output']>;
  /** When it was asked for. */
  createdAt: Scalars['DateTime']['output'];
  /** The refund's global ID. */
  id: Scalars['ID']['output'];
  /** The order refunded. */
  order: Order;
  /** The payment refunded. */
  payment: Payment;
  /** Why. */
  reason: Scalars['String']['output'];
  /** Who asked for it (the staff member's name). */
  requestedBy?: Maybe<Scalars['String']['output']>;
  /** When the money was back. */
  settledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The station. */
  station: Station;
  /** Where it stands. */
  status: RefundStatus;
  /** The refunded payment's tender. */
  tender: Tender;
};

/** A page of refunds, with the totals of the filter. */
export type RefundRecordConnection = {
  __typename?: 'RefundRecordConnection';
  /** The items of this page. */
  edges: Array<RefundRecordEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
  /** Count and amount of every refund of the filter (one extra query; ask only when shown). */
  totals: RefundTotals;
};

/** One item of a page with its cursor. */
export type RefundRecordEdge = {
  __typename?: 'RefundRecordEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: RefundRecord;
};

/** PENDING (on its way back through the channel), SUCCEEDED, FAILED. */
export type RefundStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

/** What every refund of a filter adds up to. */
export type RefundTotals = {
  __typename?: 'RefundTotals';
  /** Their amounts. */
  amount: Money;
  /** Refunds. */
  count: Scalars['Int']['output'];
};

/** A group of stations of the company (片区). Requires VIEW_STATIONS. */
export type Region = Node & {
  __typename?: 'Region';
  /** Short code, unique in the company. */
  code: Scalars['String']['output'];
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Name shown to users. */
  name: Scalars['String']['output'];
};

/** One line of a report: a tender, a grade or a nozzle. */
export type ReportRow = {
  __typename?: 'ReportRow';
  /** Amount. */
  amount: Money;
  /** How many. */
  count: Scalars['Int']['output'];
  /** What the line is about. */
  key: Scalars['String']['output'];
  /** Litres (fuel lines). */
  volume: Volume;
};

/** A named set of permissions. Requires VIEW_STAFF. */
export type Role = Node & {
  __typename?: 'Role';
  /** Code of a built-in role; null for custom roles. */
  code?: Maybe<Scalars['String']['output']>;
  /** What the role is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Built-in roles cannot be edited or deleted. */
  isBuiltin: Scalars['Boolean']['output'];
  /** Role name. */
  name: Scalars['String']['output'];
  /** The role's permissions. */
  permissions: Array<Permission>;
};

/** A new custom role. */
export type RoleCreateInput = {
  /** What the role is for. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Role name, unique in the company. */
  name: Scalars['String']['input'];
  /** Its permissions. */
  permissions: Array<Permission>;
};

/** Delete a custom role that nobody holds. */
export type RoleDeleteInput = {
  /** The role. */
  id: Scalars['ID']['input'];
};

/** A problem with the input of a role mutation; nothing was changed. */
export type RoleError = UserError & {
  __typename?: 'RoleError';
  /** A stable machine-readable reason. */
  code: RoleErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a role mutation was refused. */
export type RoleErrorCode =
  | 'BUILTIN'
  | 'DUPLICATE'
  | 'INVALID'
  | 'IN_USE'
  | 'NOT_FOUND'
  | 'REQUIRED';

/** Result of a role mutation. */
export type RolePayload = {
  __typename?: 'RolePayload';
  /** Why nothing changed. */
  errors: Array<RoleError>;
  /** The role (as it was, when deleted). */
  role?: Maybe<Role>;
};

/** Changes to a custom role. */
export type RoleUpdateInput = {
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The role. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The complete new permission list. */
  permissions?: InputMaybe<Array<Permission>>;
};

/** A shift's or a day's sales. */
export type SalesReport = {
  __typename?: 'SalesReport';
  /** Per grade. */
  byGrade: Array<ReportRow>;
  /** Per nozzle. */
  byNozzle: Array<ReportRow>;
  /** Per tender. */
  byTender: Array<ReportRow>;
  /** A day report's close (日结): who closed the day and when, with the totals recorded then; null while the day is open, and for a shift report. */
  dayClose?: Maybe<DayClose>;
  /** Amount driven off. */
  driveOffAmount: Money;
  /** Drive-offs (逃单). */
  driveOffs: Scalars['Int']['output'];
  /** Per nozzle, the totalizer readings at open and close against the fuelings (shift reports; empty for a day report). */
  meters: Array<NozzleMeter>;
  /** Orders sold. */
  orders: Scalars['Int']['output'];
  /** Refunds. */
  refunds: Money;
  /** Refunds per tender. */
  refundsByTender: Array<ReportRow>;
  /** Sales. */
  sales: Money;
  /** The shifts it covers. */
  shifts: Array<Shift>;
  /** The station. */
  stationName: Scalars['String']['output'];
  /** e.g. 第 3 班 班结报表. */
  title: Scalars['String']['output'];
  /** The report as an Excel workbook (.xlsx), base64-encoded. */
  xlsx: Scalars['String']['output'];
};

/** Serial line parity. */
export type SerialParity =
  | 'EVEN'
  | 'NONE'
  | 'ODD';

/** The platform a client is talking to. */
export type ServerInfo = {
  __typename?: 'ServerInfo';
  /** The server's current time (UTC), for clock checks. */
  serverTime: Scalars['DateTime']['output'];
  /** The platform's release version. */
  version: Scalars['String']['output'];
};

/** A cashier's shift at a station. Requires OPERATE_POS or VIEW_ORDERS. */
export type Shift = Node & {
  __typename?: 'Shift';
  /** Cash that should be in the drawer now: opening cash + cash taken - cash given back from it - cash dropped into the safe (a closed shift: as counted against at closing). */
  cashInDrawer: Money;
  /** The cashier who opened it. */
  cashierName?: Maybe<Scalars['String']['output']>;
  /** When it closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Cash counted at closing. */
  countedCash?: Maybe<Money>;
  /** Opening cash + cash taken, at closing. */
  expectedCash?: Maybe<Money>;
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** 1, 2, 3... per station. */
  number: Scalars['Int']['output'];
  /** When it opened. */
  openedAt: Scalars['DateTime']['output'];
  /** Cash in the drawer at opening (备用金). */
  openingCash: Money;
  /** Counted - expected (negative: short). */
  overShort?: Maybe<Money>;
  /** Why the cash did not match. */
  overShortReason?: Maybe<Scalars['String']['output']>;
  /** The station. */
  station: Station;
  /** OPEN or CLOSED. */
  status: ShiftStatus;
  /** Totals per tender so far. */
  tenderTotals: Array<TenderTotal>;
};

/** Close a shift with the cash counted. */
export type ShiftCloseInput = {
  /** Cash counted in the drawer, in fen. */
  countedCashFen: Scalars['Long']['input'];
  /** Why the cash does not match (required then). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The shift. */
  shiftId: Scalars['ID']['input'];
};

/** A page of a list (keyset pagination; `first` at most 100). */
export type ShiftConnection = {
  __typename?: 'ShiftConnection';
  /** The items of this page. */
  edges: Array<ShiftEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page with its cursor. */
export type ShiftEdge = {
  __typename?: 'ShiftEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Shift;
};

/** A problem with the input of a shift operation; nothing was changed. */
export type ShiftError = UserError & {
  __typename?: 'ShiftError';
  /** A stable machine-readable reason. */
  code: ShiftErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a shift operation was refused. */
export type ShiftErrorCode =
  | 'ALREADY_OPEN'
  | 'DAY_CLOSED'
  | 'IDEMPOTENCY_CONFLICT'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'NOT_OPEN'
  | 'REASON_REQUIRED';

/** Filters of the shift list. */
export type ShiftFilter = {
  /** Only these cashiers' shifts. */
  cashierIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Opened at or after. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these stations. */
  stationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only OPEN or only CLOSED shifts. */
  status?: InputMaybe<ShiftStatus>;
  /** Opened before. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Open a shift. */
export type ShiftOpenInput = {
  /** Cash in the drawer (备用金), in fen. */
  openingCashFen: Scalars['Long']['input'];
  /** The station. */
  stationId: Scalars['ID']['input'];
};

/** Result of a shift operation. */
export type ShiftPayload = {
  __typename?: 'ShiftPayload';
  /** Why nothing changed. */
  errors: Array<ShiftError>;
  /** True when this key was already used (cash drops): the first result is returned, nothing was done again. */
  replay: Scalars['Boolean']['output'];
  /** The shift. */
  shift?: Maybe<Shift>;
};

/** OPEN or CLOSED. */
export type ShiftStatus =
  | 'CLOSED'
  | 'OPEN';

/** A member of staff. Requires VIEW_STAFF (yourself: always). */
export type StaffUser = Node & {
  __typename?: 'StaffUser';
  /** When the user was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Employee code (工号), unique in the company. */
  employeeCode?: Maybe<Scalars['String']['output']>;
  /** The user's grants. */
  grants: Array<Grant>;
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** False when disabled: cannot sign in. */
  isActive: Scalars['Boolean']['output'];
  /** Last successful sign-in. */
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  /** Mobile number, masked (138****5678) unless you hold VIEW_PHONE_NUMBERS. */
  mobile?: Maybe<Scalars['String']['output']>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** Every permission the user holds somewhere. */
  permissions: Array<Permission>;
  /** The stations where the user holds at least one permission. */
  stations: Array<Station>;
  /** Sign-in name. */
  username: Scalars['String']['output'];
};

/** Enable or disable a staff user (disabling signs them out everywhere). */
export type StaffUserActiveSetInput = {
  /** The user. */
  id: Scalars['ID']['input'];
  /** True to enable, false to disable. */
  isActive: Scalars['Boolean']['input'];
};

/** A page of a list (keyset pagination; `first` at most 100). */
export type StaffUserConnection = {
  __typename?: 'StaffUserConnection';
  /** The items of this page. */
  edges: Array<StaffUserEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
};

/** A new staff user. */
export type StaffUserCreateInput = {
  /** Employee code (工号), unique. */
  employeeCode?: InputMaybe<Scalars['String']['input']>;
  /** Roles and their scopes. */
  grants?: InputMaybe<Array<GrantInput>>;
  /** Mainland mobile number (11 digits). */
  mobile?: InputMaybe<Scalars['String']['input']>;
  /** Full name. */
  name: Scalars['String']['input'];
  /** Initial password: at least 8 characters with letters and digits. */
  password: Scalars['String']['input'];
  /** Sign-in name: 3-64 letters, digits or _ . @ -. */
  username: Scalars['String']['input'];
};

/** One item of a page with its cursor. */
export type StaffUserEdge = {
  __typename?: 'StaffUserEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: StaffUser;
};

/** A problem with the input of a staff user mutation; nothing was changed. */
export type StaffUserError = UserError & {
  __typename?: 'StaffUserError';
  /** A stable machine-readable reason. */
  code: StaffUserErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a staff user mutation was refused. */
export type StaffUserErrorCode =
  | 'DUPLICATE'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'REQUIRED'
  | 'SELF_LOCKOUT'
  | 'WEAK_PASSWORD';

/** Filters of the staff list. */
export type StaffUserFilter = {
  /** Only enabled (true) or disabled users. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the username, name or employee code, or a whole mobile number. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Users granted at this station. */
  stationId?: InputMaybe<Scalars['ID']['input']>;
};

/** Replace a staff user's grants. */
export type StaffUserGrantsSetInput = {
  /** The complete new list of grants. */
  grants: Array<GrantInput>;
  /** The user. */
  id: Scalars['ID']['input'];
};

/** Set a new password for a staff user (signs them out everywhere). */
export type StaffUserPasswordResetInput = {
  /** The user. */
  id: Scalars['ID']['input'];
  /** At least 8 characters with letters and digits. */
  newPassword: Scalars['String']['input'];
};

/** Result of a staff user mutation. */
export type StaffUserPayload = {
  __typename?: 'StaffUserPayload';
  /** Why nothing changed. */
  errors: Array<StaffUserError>;
  /** The user after the change. */
  staffUser?: Maybe<StaffUser>;
};

/** Changes to a staff user; omitted fields stay as they are. */
export type StaffUserUpdateInput = {
  /** New employee code. */
  employeeCode?: InputMaybe<Scalars['String']['input']>;
  /** The user. */
  id: Scalars['ID']['input'];
  /** New mobile (empty string clears it). */
  mobile?: InputMaybe<Scalars['String']['input']>;
  /** New full name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A fuel station. Requires VIEW_STATIONS for the station. */
export type Station = Node & {
  __typename?: 'Station';
  /** Street address. */
  address?: Maybe<Scalars['String']['output']>;
  /** Station code, unique in the company (e.g. S001). */
  code: Scalars['String']['output'];
  /** When the station was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The station's dispensers with their nozzles. Requires VIEW_FORECOURT. */
  dispensers: Array<Dispenser>;
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Latitude (WGS-84), decimal degrees as a string. */
  latitude?: Maybe<Scalars['String']['output']>;
  /** Longitude (WGS-84), decimal degrees as a string. */
  longitude?: Maybe<Scalars['String']['output']>;
  /** Station name. */
  name: Scalars['String']['output'];
  /** Opening hours as shown to drivers, e.g. 06:00-22:00. */
  openingHours?: Maybe<Scalars['String']['output']>;
  /** The station's public telephone number. */
  phone?: Maybe<Scalars['String']['output']>;
  /** URL of the station's photo. */
  photoUrl?: Maybe<Scalars['String']['output']>;
  /** The region the station belongs to, if any. */
  region?: Maybe<Region>;
  /** OPEN or CLOSED. */
  status: StationStatus;
  /** IANA time zone of business days and shifts. */
  timeZone: Scalars['String']['output'];
};

/** Someone who may run a station's till: enough to hand a shift over to them. */
export type StationCashier = {
  __typename?: 'StationCashier';
  /** The staff user's id (a StaffUser global id). */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Sign-in name. */
  username: Scalars['String']['output'];
};

/** Close a station (stop trading), with the reason. */
export type StationCloseInput = {
  /** The station. */
  id: Scalars['ID']['input'];
  /** Why the station closes (kept in the audit log). */
  reason: Scalars['String']['input'];
};

/** A page of a list (keyset pagination; `first` at most 100). */
export type StationConnection = {
  __typename?: 'StationConnection';
  /** The items of this page. */
  edges: Array<StationEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of items in the whole list (one extra query; ask only when shown). */
  totalCount: Scalars['Int']['output'];
};

/** A new station. */
export type StationCreateInput = {
  /** Street address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Station code, unique in the company (letters, digits, _ and -). */
  code: Scalars['String']['input'];
  /** Latitude, decimal degrees. */
  latitude?: InputMaybe<Scalars['String']['input']>;
  /** Longitude, decimal degrees. */
  longitude?: InputMaybe<Scalars['String']['input']>;
  /** Station name. */
  name: Scalars['String']['input'];
  /** Opening hours text. */
  openingHours?: InputMaybe<Scalars['String']['input']>;
  /** Public telephone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Photo URL. */
  photoUrl?: InputMaybe<Scalars['String']['input']>;
  /** Region of the station. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  /** IANA time zone (default Asia/Shanghai). */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** One item of a page with its cursor. */
export type StationEdge = {
  __typename?: 'StationEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Station;
};

/** A problem with the input of a station mutation; nothing was changed. */
export type StationError = UserError & {
  __typename?: 'StationError';
  /** A stable machine-readable reason. */
  code: StationErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a station mutation was refused. */
export type StationErrorCode =
  | 'ALREADY_CLOSED'
  | 'ALREADY_OPEN'
  | 'DUPLICATE'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'REQUIRED';

/** Filters of the station list. */
export type StationFilter = {
  /** Only stations of this region. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the code, name or address. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only stations in this status. */
  status?: InputMaybe<StationStatus>;
};

/** Result of a station mutation. */
export type StationPayload = {
  __typename?: 'StationPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<StationError>;
  /** The station after the change. */
  station?: Maybe<Station>;
};

/** The current price of a grade at a station. */
export type StationPrice = {
  __typename?: 'StationPrice';
  /** Since when. */
  effectiveAt: Scalars['DateTime']['output'];
  /** The grade. */
  grade: FuelGrade;
  /** Price per litre. */
  price: Money;
};

/** Reopen a closed station. */
export type StationReopenInput = {
  /** The station. */
  id: Scalars['ID']['input'];
};

/** Whether a station is trading. */
export type StationStatus =
  | 'CLOSED'
  | 'OPEN';

/** Changes to a station; omitted fields stay as they are. */
export type StationUpdateInput = {
  /** New address (empty string clears it). */
  address?: InputMaybe<Scalars['String']['input']>;
  /** New station code. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The station. */
  id: Scalars['ID']['input'];
  /** New latitude. */
  latitude?: InputMaybe<Scalars['String']['input']>;
  /** New longitude. */
  longitude?: InputMaybe<Scalars['String']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New opening hours. */
  openingHours?: InputMaybe<Scalars['String']['input']>;
  /** New telephone (empty string clears it). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** New photo URL. */
  photoUrl?: InputMaybe<Scalars['String']['input']>;
  /** New region. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  /** New time zone. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** Live updates over WebSocket (graphql-transport-ws); a subscriber first receives the current state, then each change. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Live states of a station's nozzles: first the current state of every nozzle, then each change. After a lost message the changed nozzles are sent again from the current state. Requires VIEW_FORECOURT. */
  nozzleStatusChanged: NozzleStatus;
  /** Orders of a station as they become paid (a driver paying in the mini-program, a payment code confirmed...), for the POS to print and announce. An event stream without a first snapshot: the order list is the record, and a message lost on the way is not sent again. Requires OPERATE_POS. */
  orderPaid: Order;
};


/** Live updates over WebSocket (graphql-transport-ws); a subscriber first receives the current state, then each change. */
export type SubscriptionNozzleStatusChangedArgs = {
  stationId: Scalars['ID']['input'];
};


/** Live updates over WebSocket (graphql-transport-ws); a subscriber first receives the current state, then each change. */
export type SubscriptionOrderPaidArgs = {
  stationId: Scalars['ID']['input'];
};

/** An underground tank. Requires VIEW_FORECOURT. */
export type Tank = {
  __typename?: 'Tank';
  /** Capacity in millilitres. */
  capacityMl: Scalars['Int']['output'];
  /** Tank gauge probe id. */
  gaugeId?: Maybe<Scalars['String']['output']>;
  /** The grade it holds. */
  grade: FuelGrade;
  /** The tank's ID. */
  id: Scalars['ID']['output'];
  /** Tank number on the station. */
  number: Scalars['Int']['output'];
};

/** A tank; on update, omitted fields stay as they are. */
export type TankInput = {
  /** Capacity in ml. */
  capacityMl?: InputMaybe<Scalars['Int']['input']>;
  /** Tank gauge probe id. */
  gaugeId?: InputMaybe<Scalars['String']['input']>;
  /** Grade it holds. */
  gradeId?: InputMaybe<Scalars['ID']['input']>;
  /** The tank (update only). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Number on the station. */
  number?: InputMaybe<Scalars['Int']['input']>;
  /** Its station (create only). */
  stationId?: InputMaybe<Scalars['ID']['input']>;
};

/** CASH; UNIONPAY (bank card on the station's terminal, with its reference number); WECHAT and ALIPAY (the payer's payment code scanned by the cashier, settled by the channel). */
export type Tender =
  | 'ALIPAY'
  | 'CARD'
  | 'CASH'
  | 'COUPON'
  | 'ON_ACCOUNT'
  | 'POINTS'
  | 'UNIONPAY'
  | 'WECHAT';

/** One tender of a checkout. */
export type TenderInput = {
  /** Amount paid with this tender, in fen. */
  amountFen: Scalars['Long']['input'];
  /** The payment code scanned from the driver's phone (WECHAT). */
  authCode?: InputMaybe<Scalars['String']['input']>;
  /** Cash handed over (change is returned). */
  givenFen?: InputMaybe<Scalars['Long']['input']>;
  /** The card's payment password, when its product asks for one (never stored). */
  password?: InputMaybe<Scalars['String']['input']>;
  /** Bank card terminal's reference number. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** The tender. */
  tender: Tender;
};

/** What one tender took in a shift. */
export type TenderTotal = {
  __typename?: 'TenderTotal';
  /** Total. */
  amount: Money;
  /** Payments. */
  count: Scalars['Int']['output'];
  /** The tender. */
  tender: Tender;
};

/** A member tier (会员等级). */
export type Tier = Node & {
  __typename?: 'Tier';
  /** Member price: off per litre, by grade. */
  gradeDiscounts: Array<GradeDiscount>;
  /** The object's global ID (opaque). */
  id: Scalars['ID']['output'];
  /** Spend in the window that reaches the tier. */
  minSpend?: Maybe<Money>;
  /** Fuel in the window that reaches the tier. */
  minVolume?: Maybe<Volume>;
  /** Name (普通, 银卡...). */
  name: Scalars['String']['output'];
  /** Points multiplier in % (150 = 1.5×). */
  pointsMultiplierPct: Scalars['Int']['output'];
  /** With a member token: your spend and fuel in the rolling window, against this tier and the next one up (null for any other credential). */
  progress?: Maybe<TierProgress>;
  /** Position on the ladder; 0 is the base tier. */
  rank: Scalars['Int']['output'];
};

/** A member's move to another tier. */
export type TierChange = {
  __typename?: 'TierChange';
  /** When. */
  changedAt: Scalars['DateTime']['output'];
  /** The tier before (null: the first placement). */
  fromTier?: Maybe<Scalars['String']['output']>;
  /** Why. */
  reason: TierChangeReason;
  /** The window's spend it was decided on. */
  spend: Money;
  /** The tier after. */
  toTier: Scalars['String']['output'];
  /** The window's fuel it was decided on. */
  volume: Volume;
};

/** ORDER: upgraded by a paid order; SCHEDULE: the scheduled review. */
export type TierChangeReason =
  | 'ORDER'
  | 'SCHEDULE';

/** Registered members of one tier. */
export type TierMembers = {
  __typename?: 'TierMembers';
  /** Members in it now. */
  members: Scalars['Int']['output'];
  /** The tier's rank. */
  rank: Scalars['Int']['output'];
  /** The tier's name. */
  tier: Scalars['String']['output'];
};

/** A member's spend and fuel in the tier window (paid orders, as tiers are decided), against a tier and the next one up. */
export type TierProgress = {
  __typename?: 'TierProgress';
  /** The figures still reach the tier (the scheduled review keeps it). */
  keeps: Scalars['Boolean']['output'];
  /** The next tier up; null at the top of the ladder. */
  nextTier?: Maybe<Tier>;
  /** Spend (amount due of paid orders) in the window. */
  spend: Money;
  /** Spend still needed for the next tier (0 once reached); null when it has no spend threshold. */
  spendToNext?: Maybe<Money>;
  /** Fuel in the window. */
  volume: Volume;
  /** Fuel still needed for the next tier (0 once reached); null when it has no fuel threshold. */
  volumeToNext?: Maybe<Volume>;
  /** The rolling window the figures cover, days. */
  windowDays: Scalars['Int']['output'];
};

/** Create a tier (no id) or change one. */
export type TierSaveInput = {
  /** Member price by grade. */
  gradeDiscounts?: InputMaybe<Array<GradeDiscountInput>>;
  /** The tier to change. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Spend in the window that reaches it. */
  minSpendFen?: InputMaybe<Scalars['Long']['input']>;
  /** Fuel in the window that reaches it. */
  minVolumeMl?: InputMaybe<Scalars['Long']['input']>;
  /** Name (1 to 16 characters). */
  name: Scalars['String']['input'];
  /** Points multiplier in % (100 to 1000). */
  pointsMultiplierPct?: Scalars['Int']['input'];
  /** 0 for the base tier, higher ranks above it. */
  rank: Scalars['Int']['input'];
};

/** Result of saving a tier. */
export type TierSavePayload = {
  __typename?: 'TierSavePayload';
  /** Why nothing changed. */
  errors: Array<LoyaltyError>;
  /** The tier saved. */
  tier?: Maybe<Tier>;
};

/** A problem with the input of sign-in; nothing was changed. */
export type TokenCreateError = UserError & {
  __typename?: 'TokenCreateError';
  /** A stable machine-readable reason. */
  code: TokenCreateErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why sign-in was refused. */
export type TokenCreateErrorCode =
  | 'INVALID_CREDENTIALS'
  | 'LOCKED_OUT'
  | 'REQUIRED';

/** Username and password. */
export type TokenCreateInput = {
  /** Password. */
  password: Scalars['String']['input'];
  /** Sign-in name. */
  username: Scalars['String']['input'];
};

/** Tokens of a new sign-in. */
export type TokenCreatePayload = {
  __typename?: 'TokenCreatePayload';
  /** Why sign-in failed. */
  errors: Array<TokenCreateError>;
  /** Refresh token: use once with tokenRefresh. */
  refreshToken?: Maybe<Scalars['String']['output']>;
  /** Access token (Bearer), valid 15 minutes. */
  token?: Maybe<Scalars['String']['output']>;
  /** The signed-in user. */
  user?: Maybe<StaffUser>;
};

/** A problem with the input of a token refresh; nothing was changed. */
export type TokenRefreshError = UserError & {
  __typename?: 'TokenRefreshError';
  /** A stable machine-readable reason. */
  code: TokenRefreshErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a token refresh was refused. */
export type TokenRefreshErrorCode =
  | 'INVALID_TOKEN'
  | 'TOKEN_REUSED';

/** A refresh token to trade for new tokens. */
export type TokenRefreshInput = {
  /** The refresh token from the last sign-in or refresh. */
  refreshToken: Scalars['String']['input'];
};

/** Fresh tokens; the refresh token given is now used up. */
export type TokenRefreshPayload = {
  __typename?: 'TokenRefreshPayload';
  /** Why refresh failed. */
  errors: Array<TokenRefreshError>;
  /** New refresh token. */
  refreshToken?: Maybe<Scalars['String']['output']>;
  /** New access token. */
  token?: Maybe<Scalars['String']['output']>;
};

/** A problem with the input of signing out; nothing was changed. */
export type TokenRevokeError = UserError & {
  __typename?: 'TokenRevokeError';
  /** A stable machine-readable reason. */
  code: TokenRevokeErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why signing out was refused. */
export type TokenRevokeErrorCode =
  | 'INVALID_TOKEN';

/** Sign out: the refresh token of the session to end. */
export type TokenRevokeInput = {
  /** The session's current refresh token. */
  refreshToken: Scalars['String']['input'];
};

/** Result of signing out. */
export type TokenRevokePayload = {
  __typename?: 'TokenRevokePayload';
  /** Why it failed. */
  errors: Array<TokenRevokeError>;
};

/** One nozzle's electronic volume totalizer as the dispenser answered it (38H). */
export type TotalizerReadingInput = {
  /** Nozzle number on the station. */
  nozzleNumber: Scalars['Int']['input'];
  /** When the device read it (with its zone). */
  readAt: Scalars['DateTime']['input'];
  /** The volume totalizer in millilitres. */
  totalizerMl: Scalars['Long']['input'];
};

/** A problem with the input of a totalizer report; nothing was changed. */
export type TotalizersReportError = UserError & {
  __typename?: 'TotalizersReportError';
  /** A stable machine-readable reason. */
  code: TotalizersReportErrorCode;
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Why a totalizer report was refused. */
export type TotalizersReportErrorCode =
  | 'INVALID'
  | 'UNKNOWN_NOZZLE';

/** A batch of totalizer readings from a station device. */
export type TotalizersReportInput = {
  /** The readings (at most 256). */
  readings: Array<TotalizerReadingInput>;
};

/** Result of a totalizer report. */
export type TotalizersReportPayload = {
  __typename?: 'TotalizersReportPayload';
  /** Why the batch was refused (nothing stored). */
  errors: Array<TotalizersReportError>;
  /** How many readings were new (a replay stores nothing). */
  stored: Scalars['Int']['output'];
};

/** A problem with the input of a mutation; nothing was changed. */
export type UserError = {
  /** The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in zh-CN, safe to show to the user. */
  message: Scalars['String']['output'];
};

/** Kind of vehicle (车型). */
export type VehicleType =
  | 'BUS'
  | 'CAR'
  | 'MOTORCYCLE'
  | 'MPV'
  | 'OTHER'
  | 'SUV'
  | 'TRUCK'
  | 'VAN';

/** A fleet you administer (车队管理员), as its administrator sees it in the mini-program. */
export type ViewerFleet = {
  __typename?: 'ViewerFleet';
  /** Balances and credit, from the ledger. */
  balances: FleetBalances;
  /** The fuel grades a vehicle may be limited to, by code. */
  grades: Array<FleetGrade>;
  /** The fleet's global ID (a Fleet's). */
  id: Scalars['ID']['output'];
  /** Company name. */
  name: Scalars['String']['output'];
  /** Customer code (客户编码). */
  number: Scalars['String']['output'];
  /** NORMAL, or FROZEN (no spending on account; its administrator still sets limits). */
  status: FleetStatus;
  /** How many vehicles are whitelisted. */
  vehicleCount: Scalars['Int']['output'];
  /** The whitelisted vehicles with their limits and today's use, by plate. */
  vehicles: Array<FleetVehicle>;
};

/** The monthly statement (月结对账单) of a fleet you administer, in its station's time zone. */
export type ViewerFleetStatement = {
  __typename?: 'ViewerFleetStatement';
  /** Adjustments applied. */
  adjustments: Array<ViewerFleetStatementAdjustment>;
  /** Balances when it ended (or now). */
  closing: FleetStatementBalances;
  /** The month (2026-01). */
  month: Scalars['String']['output'];
  /** Balances when the month began. */
  opening: FleetStatementBalances;
  /** Orders paid on account, oldest first. */
  orders: Array<FleetStatementOrder>;
  /** Total paid against credit. */
  paid: Money;
  /** Money received. */
  receipts: Array<FleetStatementReceipt>;
  /** Total paid on account. */
  spent: Money;
  /** Total topped up. */
  toppedUp: Money;
  /** Total litres. */
  volume: Volume;
};

/** An adjustment of the fleet's account approved in the month. */
export type ViewerFleetStatementAdjustment = {
  __typename?: 'ViewerFleetStatementAdjustment';
  /** After. */
  after: Money;
  /** When it was applied. */
  at: Scalars['DateTime']['output'];
  /** Before. */
  before: Money;
  /** What was adjusted. */
  kind: FleetAdjustmentKind;
  /** Why. */
  reason: Scalars['String']['output'];
};

/** Whitelist a plate in a fleet you administer. */
export type ViewerFleetVehicleAddInput = {
  /** Most on account per day, in fen. */
  dailyAmountFen?: InputMaybe<Scalars['Long']['input']>;
  /** Most on-account payments per day. */
  dailyCount?: InputMaybe<Scalars['Int']['input']>;
  /** Most millilitres per day. */
  dailyVolumeMl?: InputMaybe<Scalars['Long']['input']>;
  /** The usual driver. */
  driverName?: InputMaybe<Scalars['String']['input']>;
  /** The fleet (viewerFleets). */
  fleetId: Scalars['ID']['input'];
  /** Grades it may buy; empty: any. */
  gradeCodes?: Array<Scalars['String']['input']>;
  /** Plate number (京A12345). */
  plate: Scalars['String']['input'];
};

/** A vehicle's limits (null: no limit) and grades (empty: any). */
export type ViewerFleetVehicleLimitsInput = {
  /** Most on account per day, in fen. */
  dailyAmountFen?: InputMaybe<Scalars['Long']['input']>;
  /** Most on-account payments per day. */
  dailyCount?: InputMaybe<Scalars['Int']['input']>;
  /** Most millilitres per day. */
  dailyVolumeMl?: InputMaybe<Scalars['Long']['input']>;
  /** Grades it may buy; empty: any. */
  gradeCodes?: Array<Scalars['String']['input']>;
  /** The vehicle. */
  id: Scalars['ID']['input'];
};

/** Result of a fleet administrator's vehicle change. */
export type ViewerFleetVehiclePayload = {
  __typename?: 'ViewerFleetVehiclePayload';
  /** Why nothing changed. */
  errors: Array<FleetError>;
  /** Its fleet. */
  fleet?: Maybe<ViewerFleet>;
  /** The vehicle after the change (null once removed). */
  vehicle?: Maybe<FleetVehicle>;
};

/** Take a plate off the whitelist of a fleet you administer. */
export type ViewerFleetVehicleRemoveInput = {
  /** The vehicle. */
  id: Scalars['ID']['input'];
};

/** Freeze or unfreeze a vehicle of a fleet you administer. */
export type ViewerFleetVehicleStatusInput = {
  /** The vehicle. */
  id: Scalars['ID']['input'];
  /** Why (at most 200 characters; audited). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A volume of fuel. */
export type Volume = {
  __typename?: 'Volume';
  /** The volume in litres, three decimals, as a decimal string. */
  litres: Scalars['Decimal']['output'];
  /** The volume in millilitres, exact. */
  ml: Scalars['Long']['output'];
};

/** The parameters to pass to wx.requestPayment as they are. */
export type WxRequestPayment = {
  __typename?: 'WxRequestPayment';
  /** appId (the mini-program's). */
  appId: Scalars['String']['output'];
  /** nonceStr. */
  nonceStr: Scalars['String']['output'];
  /** package (prepay_id=...). */
  package: Scalars['String']['output'];
  /** paySign. */
  paySign: Scalars['String']['output'];
  /** signType (RSA). */
  signType: Scalars['String']['output'];
  /** timeStamp. */
  timeStamp: Scalars['String']['output'];
};

export type ApiKeysQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: { __typename?: 'ApiKeyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ApiKeyEdge', node: { __typename?: 'ApiKey', id: string, name: string, prefix: string, permissions: Array<Permission>, allStations: boolean, rateLimitPerMinute: number, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null, stations: Array<{ __typename?: 'Station', id: string, name: string }> } }> } };

export type ApiKeyCreateMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type ApiKeyCreateMutation = { __typename?: 'Mutation', apiKeyCreate: { __typename?: 'ApiKeyPayload', secret?: string | null, apiKey?: { __typename?: 'ApiKey', id: string, prefix: string } | null, errors: Array<{ __typename?: 'ApiKeyError', field?: string | null, message: string, code: ApiKeyErrorCode }> } };

export type ApiKeyRevokeMutationVariables = Exact<{
  input: ApiKeyRevokeInput;
}>;


export type ApiKeyRevokeMutation = { __typename?: 'Mutation', apiKeyRevoke: { __typename?: 'ApiKeyPayload', apiKey?: { __typename?: 'ApiKey', id: string, revokedAt?: string | null } | null, errors: Array<{ __typename?: 'ApiKeyError', field?: string | null, message: string, code: ApiKeyErrorCode }> } };

export type AuditLogsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
}>;


export type AuditLogsQuery = { __typename?: 'Query', auditLogs: { __typename?: 'AuditLogConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AuditLogEdge', node: { __typename?: 'AuditLog', id: string, occurredAt: string, actorType: string, actorLabel?: string | null, ip?: string | null, requestId?: string | null, action: string, objectType: string, objectId?: string | null, before?: unknown | null, after?: unknown | null, reason?: string | null, station?: { __typename?: 'Station', id: string, name: string } | null } }> } };

export type LoginMutationVariables = Exact<{
  input: TokenCreateInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', tokenCreate: { __typename?: 'TokenCreatePayload', token?: string | null, refreshToken?: string | null, errors: Array<{ __typename?: 'TokenCreateError', field?: string | null, message: string, code: TokenCreateErrorCode }> } };

export type LogoutMutationVariables = Exact<{
  input: TokenRevokeInput;
}>;


export type LogoutMutation = { __typename?: 'Mutation', tokenRevoke: { __typename?: 'TokenRevokePayload', errors: Array<{ __typename?: 'TokenRevokeError', code: TokenRevokeErrorCode }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'StaffUser', id: string, username: string, name: string, permissions: Array<Permission>, stations: Array<{ __typename?: 'Station', id: string, code: string, name: string }> } };

export type CardProductFieldsFragment = { __typename?: 'CardProduct', id: string, name: string, kind: CardKind, named: boolean, gradeCodes: Array<string>, allowsGoods: boolean, goodsCategories: Array<string>, stationIds: Array<string>, active: boolean, validDays?: number | null, dailyCountLimit?: number | null, topUpMin: { __typename?: 'Money', fen: number }, topUpMax: { __typename?: 'Money', fen: number }, bonusTiers: Array<{ __typename?: 'CardBonusTier', min: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number } }>, perTransactionLimit?: { __typename?: 'Money', fen: number } | null, dailyLimit?: { __typename?: 'Money', fen: number } | null, monthlyLimit?: { __typename?: 'Money', fen: number } | null, passwordAbove?: { __typename?: 'Money', fen: number } | null };

export type CardRowFieldsFragment = { __typename?: 'Card', id: string, number: string, kind: CardKind, state: CardState, role: CardRole, mode?: CardMode | null, allows: Array<CardAction>, phone?: string | null, createdAt: string, expiresAt?: string | null, closedAt?: string | null, dailyCountLimit?: number | null, transitions: Array<{ __typename?: 'CardTransition', event: CardEvent, label: string, to: CardState }>, perTransactionLimit?: { __typename?: 'Money', fen: number } | null, dailyLimit?: { __typename?: 'Money', fen: number } | null, monthlyLimit?: { __typename?: 'Money', fen: number } | null, product: { __typename?: 'CardProduct', id: string, name: string, kind: CardKind, named: boolean }, holder?: { __typename?: 'Member', id: string, number: string, name?: string | null } | null, balance: { __typename?: 'CardBalance', principal: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number }, total: { __typename?: 'Money', fen: number } } };

export type CardProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type CardProductsQuery = { __typename?: 'Query', cardProducts: Array<{ __typename?: 'CardProduct', id: string, name: string, kind: CardKind, named: boolean, gradeCodes: Array<string>, allowsGoods: boolean, goodsCategories: Array<string>, stationIds: Array<string>, active: boolean, validDays?: number | null, dailyCountLimit?: number | null, topUpMin: { __typename?: 'Money', fen: number }, topUpMax: { __typename?: 'Money', fen: number }, bonusTiers: Array<{ __typename?: 'CardBonusTier', min: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number } }>, perTransactionLimit?: { __typename?: 'Money', fen: number } | null, dailyLimit?: { __typename?: 'Money', fen: number } | null, monthlyLimit?: { __typename?: 'Money', fen: number } | null, passwordAbove?: { __typename?: 'Money', fen: number } | null }> };

export type CardFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CardFormOptionsQuery = { __typename?: 'Query', fuelGrades: Array<{ __typename?: 'FuelGrade', id: string, code: string, name: string }> };

export type CardsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CardFilter>;
}>;


export type CardsQuery = { __typename?: 'Query', cards: { __typename?: 'CardConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CardEdge', node: { __typename?: 'Card', id: string, number: string, kind: CardKind, state: CardState, role: CardRole, mode?: CardMode | null, allows: Array<CardAction>, phone?: string | null, createdAt: string, expiresAt?: string | null, closedAt?: string | null, dailyCountLimit?: number | null, transitions: Array<{ __typename?: 'CardTransition', event: CardEvent, label: string, to: CardState }>, perTransactionLimit?: { __typename?: 'Money', fen: number } | null, dailyLimit?: { __typename?: 'Money', fen: number } | null, monthlyLimit?: { __typename?: 'Money', fen: number } | null, product: { __typename?: 'CardProduct', id: string, name: string, kind: CardKind, named: boolean }, holder?: { __typename?: 'Member', id: string, number: string, name?: string | null } | null, balance: { __typename?: 'CardBalance', principal: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number }, total: { __typename?: 'Money', fen: number } } } }> } };

export type CardDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CardDetailQuery = { __typename?: 'Query', card?: { __typename?: 'Card', hasPassword: boolean, passwordLocked?: string | null, recovered: boolean, id: string, number: string, kind: CardKind, state: CardState, role: CardRole, mode?: CardMode | null, allows: Array<CardAction>, phone?: string | null, createdAt: string, expiresAt?: string | null, closedAt?: string | null, dailyCountLimit?: number | null, principalToppedUp: { __typename?: 'Money', fen: number }, bonusGranted: { __typename?: 'Money', fen: number }, spent: { __typename?: 'Money', fen: number }, parent?: { __typename?: 'Card', id: string, number: string } | null, children: Array<{ __typename?: 'Card', id: string, number: string, kind: CardKind, state: CardState, role: CardRole, mode?: CardMode | null, allows: Array<CardAction>, phone?: string | null, createdAt: string, expiresAt?: string | null, closedAt?: string | null, dailyCountLimit?: number | null, transitions: Array<{ __typename?: 'CardTransition', event: CardEvent, label: string, to: CardState }>, perTransactionLimit?: { __typename?: 'Money', fen: number } | null, dailyLimit?: { __typename?: 'Money', fen: number } | null, monthlyLimit?: { __typename?: 'Money', fen: number } | null, product: { __typename?: 'CardProduct', id: string, name: string, kind: CardKind, named: boolean }, holder?: { __typename?: 'Member', id: string, number: string, name?: string | null } | null, balance: { __typename?: 'CardBalance', principal: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number }, total: { __typename?: 'Money', fen: number } } }>, transitions: Array<{ __typename?: 'CardTransition', event: CardEvent, label: string, to: CardState }>, perTransactionLimit?: { __typename?: 'Money', fen: number } | null, dailyLimit?: { __typename?: 'Money', fen: number } | null, monthlyLimit?: { __typename?: 'Money', fen: number } | null, product: { __typename?: 'CardProduct', id: string, name: string, kind: CardKind, named: boolean }, holder?: { __typename?: 'Member', id: string, number: string, name?: string | null } | null, balance: { __typename?: 'CardBalance', principal: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number }, total: { __typename?: 'Money', fen: number } } } | null };

export type CardCloseSplitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CardCloseSplitQuery = { __typename?: 'Query', card?: { __typename?: 'Card', id: string, closeSplit: { __typename?: 'CardCloseSplit', refund: { __typename?: 'Money', fen: number }, forfeitedBonus: { __typename?: 'Money', fen: number }, consumedPrincipal: { __typename?: 'Money', fen: number }, consumedBonus: { __typename?: 'Money', fen: number } } } | null };

export type CardStatementQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CardStatementQuery = { __typename?: 'Query', card?: { __typename?: 'Card', id: string, statement: { __typename?: 'CardStatement', hasNextPage: boolean, entries: Array<{ __typename?: 'CardStatementEntry', at: string, kind: string, account: string, reference?: string | null, cursor: string, amount: { __typename?: 'Money', fen: number }, heldBefore: { __typename?: 'Money', fen: number }, heldAfter: { __typename?: 'Money', fen: number } }> } } | null };

export type CardMemberOptionsQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type CardMemberOptionsQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', edges: Array<{ __typename?: 'MemberEdge', node: { __typename?: 'Member', id: string, number: string, name?: string | null, phone?: string | null } }> } };

export type CardStationShiftQueryVariables = Exact<{
  stationId: Scalars['ID']['input'];
}>;


export type CardStationShiftQuery = { __typename?: 'Query', currentShift?: { __typename?: 'Shift', id: string } | null };

export type CardProductSaveMutationVariables = Exact<{
  input: CardProductSaveInput;
}>;


export type CardProductSaveMutation = { __typename?: 'Mutation', cardProductSave: { __typename?: 'CardProductPayload', product?: { __typename?: 'CardProduct', id: string, name: string, kind: CardKind, named: boolean, gradeCodes: Array<string>, allowsGoods: boolean, goodsCategories: Array<string>, stationIds: Array<string>, active: boolean, validDays?: number | null, dailyCountLimit?: number | null, topUpMin: { __typename?: 'Money', fen: number }, topUpMax: { __typename?: 'Money', fen: number }, bonusTiers: Array<{ __typename?: 'CardBonusTier', min: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number } }>, perTransactionLimit?: { __typename?: 'Money', fen: number } | null, dailyLimit?: { __typename?: 'Money', fen: number } | null, monthlyLimit?: { __typename?: 'Money', fen: number } | null, passwordAbove?: { __typename?: 'Money', fen: number } | null } | null, errors: Array<{ __typename?: 'CardProductError', field?: string | null, code: CardProductErrorCode, message: string }> } };

export type CardIssueMutationVariables = Exact<{
  input: CardIssueInput;
}>;


export type CardIssueMutation = { __typename?: 'Mutation', cardIssue: { __typename?: 'CardPayload', card?: { __typename?: 'Card', id: string, number: string } | null, errors: Array<{ __typename?: 'CardError', field?: string | null, code: CardErrorCode, message: string }> } };

export type CardActivateMutationVariables = Exact<{
  input: CardActivateInput;
}>;


export type CardActivateMutation = { __typename?: 'Mutation', cardActivate: { __typename?: 'CardPayload', card?: { __typename?: 'Card', id: string, number: string } | null, errors: Array<{ __typename?: 'CardError', field?: string | null, code: CardErrorCode, message: string }> } };

export type CardChildAddMutationVariables = Exact<{
  input: CardChildAddInput;
}>;


export type CardChildAddMutation = { __typename?: 'Mutation', cardChildAdd: { __typename?: 'CardPayload', card?: { __typename?: 'Card', id: string, number: string } | null, errors: Array<{ __typename?: 'CardError', field?: string | null, code: CardErrorCode, message: string }> } };

export type CardTopUpMutationVariables = Exact<{
  input: CardTopUpInput;
}>;


export type CardTopUpMutation = { __typename?: 'Mutation', cardTopUp: { __typename?: 'CardTopUpPayload', replay: boolean, topUp?: { __typename?: 'CardTopUp', id: string, amount: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number } } | null, card?: { __typename?: 'Card', id: string, balance: { __typename?: 'CardBalance', principal: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number }, total: { __typename?: 'Money', fen: number } } } | null, errors: Array<{ __typename?: 'CardError', field?: string | null, code: CardErrorCode, message: string }> } };

export type CardAllocateMutationVariables = Exact<{
  input: CardAllocateInput;
}>;


export type CardAllocateMutation = { __typename?: 'Mutation', cardAllocate: { __typename?: 'CardPayload', card?: { __typename?: 'Card', id: string } | null, errors: Array<{ __typename?: 'CardError', field?: string | null, code: CardErrorCode, message: string }> } };

export type CardTakeBackMutationVariables = Exact<{
  input: CardTakeBackInput;
}>;


export type CardTakeBackMutation = { __typename?: 'Mutation', cardTakeBack: { __typename?: 'CardPayload', card?: { __typename?: 'Card', id: string } | null, errors: Array<{ __typename?: 'CardError', field?: string | null, code: CardErrorCode, message: string }> } };

export type CardFreezeMutationVariables = Exact<{
  input: CardStateInput;
}>;


export type CardFreezeMutation = { __typename?: 'Mutation', cardFreeze: { __typename?: 'CardPayload', card?: { __typename?: 'Card', id: string, state: CardState, allows: Array<CardAction>, transitions: Array<{ __typename?: 'CardTransition', event: CardEvent, label: string, to: CardState }> } | null, errors: Array<{ __typename?: 'CardError', field?: string | null, code: CardErrorCode, message: string }> } };

export type CardUnfreezeMutationVariables = Exact<{
  input: CardStateInput;
}>;


export type CardUnfreezeMutation = { __typename?: 'Mutation', cardUnfreeze: { __typename?: 'CardPayload', card?: { __typename?: 'Card', id: string, state: CardState, allows: Array<CardAction>, transitions: Array<{ __typename?: 'CardTransition', event: CardEvent, label: string, to: CardState }> } | null, errors: Array<{ __typename?: 'CardError', field?: string | null, code: CardErrorCode, message: string }> } };

export type CardReportLostMutationVariables = Exact<{
  input: CardStateInput;
}>;


export type CardReportLostMutation = { __typename?: 'Mutation', cardReportLost: { __typename?: 'CardPayload', card?: { __typename?: 'Card', id: string, state: CardState, allows: Array<CardAction>, transitions: Array<{ __typename?: 'CardTransition', event: CardEvent, label: string, to: CardState }> } | null, errors: Array<{ __typename?: 'CardError', field?: string | null, code: CardErrorCode, message: string }> } };

export type CardUnreportMutationVariables = Exact<{
  input: CardStateInput;
}>;


export type CardUnreportMutation = { __typename?: 'Mutation', cardUnreport: { __typename?: 'CardPayload', card?: { __typename?: 'Card', id: string, state: CardState, allows: Array<CardAction>, transitions: Array<{ __typename?: 'CardTransition', event: CardEvent, label: string, to: CardState }> } | null, errors: Array<{ __typename?: 'CardError', field?: string | null, code: CardErrorCode, message: string }> } };

export type CardDisableMutationVariables = Exact<{
  input: CardStateInput;
}>;


export type CardDisableMutation = { __typename?: 'Mutation', cardDisable: { __typename?: 'CardPayload', card?: { __typename?: 'Card', id: string, state: CardState, allows: Array<CardAction>, transitions: Array<{ __typename?: 'CardTransition', event: CardEvent, label: string, to: CardState }> } | null, errors: Array<{ __typename?: 'CardError', field?: string | null, code: CardErrorCode, message: string }> } };

export type CardEnableMutationVariables = Exact<{
  input: CardStateInput;
}>;


export type CardEnableMutation = { __typename?: 'Mutation', cardEnable: { __typename?: 'CardPayload', card?: { __typename?: 'Card', id: string, state: CardState, allows: Array<CardAction>, transitions: Array<{ __typename?: 'CardTransition', event: CardEvent, label: string, to: CardState }> } | null, errors: Array<{ __typename?: 'CardError', field?: string | null, code: CardErrorCode, message: string }> } };

export type CardCloseMutationVariables = Exact<{
  input: CardCloseInput;
}>;


export type CardCloseMutation = { __typename?: 'Mutation', cardClose: { __typename?: 'CardClosePayload', card?: { __typename?: 'Card', id: string, state: CardState } | null, split?: { __typename?: 'CardCloseSplit', refund: { __typename?: 'Money', fen: number }, forfeitedBonus: { __typename?: 'Money', fen: number }, consumedPrincipal: { __typename?: 'Money', fen: number }, consumedBonus: { __typename?: 'Money', fen: number } } | null, errors: Array<{ __typename?: 'CardError', field?: string | null, code: CardErrorCode, message: string }> } };

export type CardPhoneChangeMutationVariables = Exact<{
  input: CardPhoneChangeInput;
}>;


export type CardPhoneChangeMutation = { __typename?: 'Mutation', cardPhoneChange: { __typename?: 'CardPayload', card?: { __typename?: 'Card', id: string, phone?: string | null } | null, errors: Array<{ __typename?: 'CardError', field?: string | null, code: CardErrorCode, message: string }> } };

export type CardChildLimitsSetMutationVariables = Exact<{
  input: CardChildLimitsSetInput;
}>;


export type CardChildLimitsSetMutation = { __typename?: 'Mutation', cardChildLimitsSet: { __typename?: 'CardPayload', card?: { __typename?: 'Card', id: string, dailyCountLimit?: number | null, perTransactionLimit?: { __typename?: 'Money', fen: number } | null, dailyLimit?: { __typename?: 'Money', fen: number } | null, monthlyLimit?: { __typename?: 'Money', fen: number } | null } | null, errors: Array<{ __typename?: 'CardError', field?: string | null, code: CardErrorCode, message: string }> } };

export type CardPasswordCodeSendMutationVariables = Exact<{
  input: CardPasswordCodeSendInput;
}>;


export type CardPasswordCodeSendMutation = { __typename?: 'Mutation', cardPasswordCodeSend: { __typename?: 'CardPayload', errors: Array<{ __typename?: 'CardError', field?: string | null, code: CardErrorCode, message: string }> } };

export type CardPasswordSetMutationVariables = Exact<{
  input: CardPasswordSetInput;
}>;


export type CardPasswordSetMutation = { __typename?: 'Mutation', cardPasswordSet: { __typename?: 'CardPayload', card?: { __typename?: 'Card', id: string, hasPassword: boolean, passwordLocked?: string | null } | null, errors: Array<{ __typename?: 'CardError', field?: string | null, code: CardErrorCode, message: string }> } };

export type FleetBalanceFieldsFragment = { __typename?: 'FleetBalances', prepaid: { __typename?: 'Money', fen: number }, granted: { __typename?: 'Money', fen: number }, creditLimit: { __typename?: 'Money', fen: number }, creditAvailable: { __typename?: 'Money', fen: number }, creditUsed: { __typename?: 'Money', fen: number }, spendable: { __typename?: 'Money', fen: number } };

export type FleetRowFieldsFragment = { __typename?: 'Fleet', id: string, number: string, name: string, taxNumber: string, status: FleetStatus, remark?: string | null, createdAt: string, vehicleCount: number, station?: { __typename?: 'Station', id: string, code: string, name: string } | null, contacts: Array<{ __typename?: 'FleetContact', name: string, title?: string | null, phone?: string | null }>, balances: { __typename?: 'FleetBalances', prepaid: { __typename?: 'Money', fen: number }, granted: { __typename?: 'Money', fen: number }, creditLimit: { __typename?: 'Money', fen: number }, creditAvailable: { __typename?: 'Money', fen: number }, creditUsed: { __typename?: 'Money', fen: number }, spendable: { __typename?: 'Money', fen: number } } };

export type FleetsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FleetFilter>;
}>;


export type FleetsQuery = { __typename?: 'Query', fleets: { __typename?: 'FleetConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'FleetEdge', node: { __typename?: 'Fleet', id: string, number: string, name: string, taxNumber: string, status: FleetStatus, remark?: string | null, createdAt: string, vehicleCount: number, station?: { __typename?: 'Station', id: string, code: string, name: string } | null, contacts: Array<{ __typename?: 'FleetContact', name: string, title?: string | null, phone?: string | null }>, balances: { __typename?: 'FleetBalances', prepaid: { __typename?: 'Money', fen: number }, granted: { __typename?: 'Money', fen: number }, creditLimit: { __typename?: 'Money', fen: number }, creditAvailable: { __typename?: 'Money', fen: number }, creditUsed: { __typename?: 'Money', fen: number }, spendable: { __typename?: 'Money', fen: number } } } }> } };

export type FleetDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FleetDetailQuery = { __typename?: 'Query', fleet?: { __typename?: 'Fleet', id: string, number: string, name: string, taxNumber: string, status: FleetStatus, remark?: string | null, createdAt: string, vehicleCount: number, vehicles: Array<{ __typename?: 'FleetVehicle', id: string, plate: string, driverName?: string | null, status: FleetVehicleStatus, gradeCodes: Array<string>, dailyCount?: number | null, dailyAmount?: { __typename?: 'Money', fen: number } | null, dailyVolume?: { __typename?: 'Volume', ml: number } | null, today: { __typename?: 'FleetVehicleUsage', count: number, amount: { __typename?: 'Money', fen: number } } }>, administrators: Array<{ __typename?: 'FleetAdministrator', id: string, memberNumber: string, name?: string | null, phone?: string | null, createdAt: string }>, adjustments: Array<{ __typename?: 'FleetAdjustment', id: string, kind: FleetAdjustmentKind, status: FleetAdjustmentStatus, reason: string, requestedBy?: string | null, requestedAt: string, decidedBy?: string | null, decidedAt?: string | null, decisionNote?: string | null, amount: { __typename?: 'Money', fen: number }, before?: { __typename?: 'Money', fen: number } | null, after?: { __typename?: 'Money', fen: number } | null }>, receipts: Array<{ __typename?: 'FleetReceipt', id: string, kind: FleetReceiptKind, bankReference: string, receivedOn: any, createdAt: string, amount: { __typename?: 'Money', fen: number } }>, history: Array<{ __typename?: 'AuditLog', id: string, occurredAt: string, actorLabel?: string | null, action: string, before?: unknown | null, after?: unknown | null, reason?: string | null }>, station?: { __typename?: 'Station', id: string, code: string, name: string } | null, contacts: Array<{ __typename?: 'FleetContact', name: string, title?: string | null, phone?: string | null }>, balances: { __typename?: 'FleetBalances', prepaid: { __typename?: 'Money', fen: number }, granted: { __typename?: 'Money', fen: number }, creditLimit: { __typename?: 'Money', fen: number }, creditAvailable: { __typename?: 'Money', fen: number }, creditUsed: { __typename?: 'Money', fen: number }, spendable: { __typename?: 'Money', fen: number } } } | null };

export type FleetAdjustmentsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FleetAdjustmentFilter>;
}>;


export type FleetAdjustmentsQuery = { __typename?: 'Query', fleetAdjustments: { __typename?: 'FleetAdjustmentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'FleetAdjustmentEdge', node: { __typename?: 'FleetAdjustment', id: string, kind: FleetAdjustmentKind, status: FleetAdjustmentStatus, reason: string, requestedBy?: string | null, requestedAt: string, amount: { __typename?: 'Money', fen: number }, fleet?: { __typename?: 'Fleet', id: string, number: string, name: string } | null } }> } };

export type FleetStatementQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  month: Scalars['String']['input'];
}>;


export type FleetStatementQuery = { __typename?: 'Query', fleetStatement?: { __typename?: 'FleetStatement', month: string, filename: string, xlsx: string, opening: { __typename?: 'FleetStatementBalances', prepaid: { __typename?: 'Money', fen: number }, granted: { __typename?: 'Money', fen: number }, creditLimit: { __typename?: 'Money', fen: number }, creditUsed: { __typename?: 'Money', fen: number } }, closing: { __typename?: 'FleetStatementBalances', prepaid: { __typename?: 'Money', fen: number }, granted: { __typename?: 'Money', fen: number }, creditLimit: { __typename?: 'Money', fen: number }, creditUsed: { __typename?: 'Money', fen: number } }, orders: Array<{ __typename?: 'FleetStatementOrder', at: string, orderNumber: string, stationName: string, plate: string, grades: Array<string>, volume: { __typename?: 'Volume', ml: number }, amount: { __typename?: 'Money', fen: number }, prepaid: { __typename?: 'Money', fen: number }, granted: { __typename?: 'Money', fen: number }, credit: { __typename?: 'Money', fen: number } }>, spent: { __typename?: 'Money', fen: number }, volume: { __typename?: 'Volume', ml: number }, toppedUp: { __typename?: 'Money', fen: number }, paid: { __typename?: 'Money', fen: number } } | null };

export type FleetSaveMutationVariables = Exact<{
  input: FleetSaveInput;
}>;


export type FleetSaveMutation = { __typename?: 'Mutation', fleetSave: { __typename?: 'FleetPayload', fleet?: { __typename?: 'Fleet', id: string } | null, errors: Array<{ __typename?: 'FleetError', field?: string | null, code: FleetErrorCode, message: string }> } };

export type FleetFreezeMutationVariables = Exact<{
  input: FleetStatusInput;
}>;


export type FleetFreezeMutation = { __typename?: 'Mutation', fleetFreeze: { __typename?: 'FleetPayload', fleet?: { __typename?: 'Fleet', id: string, status: FleetStatus } | null, errors: Array<{ __typename?: 'FleetError', field?: string | null, code: FleetErrorCode, message: string }> } };

export type FleetUnfreezeMutationVariables = Exact<{
  input: FleetStatusInput;
}>;


export type FleetUnfreezeMutation = { __typename?: 'Mutation', fleetUnfreeze: { __typename?: 'FleetPayload', fleet?: { __typename?: 'Fleet', id: string, status: FleetStatus } | null, errors: Array<{ __typename?: 'FleetError', field?: string | null, code: FleetErrorCode, message: string }> } };

export type FleetVehicleSaveMutationVariables = Exact<{
  input: FleetVehicleSaveInput;
}>;


export type FleetVehicleSaveMutation = { __typename?: 'Mutation', fleetVehicleSave: { __typename?: 'FleetVehiclePayload', vehicle?: { __typename?: 'FleetVehicle', id: string } | null, errors: Array<{ __typename?: 'FleetError', field?: string | null, code: FleetErrorCode, message: string }> } };

export type FleetVehicleRemoveMutationVariables = Exact<{
  input: FleetVehicleRemoveInput;
}>;


export type FleetVehicleRemoveMutation = { __typename?: 'Mutation', fleetVehicleRemove: { __typename?: 'FleetPayload', fleet?: { __typename?: 'Fleet', id: string } | null, errors: Array<{ __typename?: 'FleetError', field?: string | null, code: FleetErrorCode, message: string }> } };

export type FleetTopUpMutationVariables = Exact<{
  input: FleetReceiptInput;
}>;


export type FleetTopUpMutation = { __typename?: 'Mutation', fleetTopUp: { __typename?: 'FleetReceiptPayload', receipt?: { __typename?: 'FleetReceipt', id: string } | null, errors: Array<{ __typename?: 'FleetFundsError', field?: string | null, code: FleetFundsErrorCode, message: string }> } };

export type FleetPaymentRecordMutationVariables = Exact<{
  input: FleetReceiptInput;
}>;


export type FleetPaymentRecordMutation = { __typename?: 'Mutation', fleetPaymentRecord: { __typename?: 'FleetReceiptPayload', receipt?: { __typename?: 'FleetReceipt', id: string } | null, errors: Array<{ __typename?: 'FleetFundsError', field?: string | null, code: FleetFundsErrorCode, message: string }> } };

export type FleetAdjustmentRequestMutationVariables = Exact<{
  input: FleetAdjustmentRequestInput;
}>;


export type FleetAdjustmentRequestMutation = { __typename?: 'Mutation', fleetAdjustmentRequest: { __typename?: 'FleetAdjustmentPayload', adjustment?: { __typename?: 'FleetAdjustment', id: string, status: FleetAdjustmentStatus } | null, errors: Array<{ __typename?: 'FleetAdjustmentError', field?: string | null, code: FleetAdjustmentErrorCode, message: string }> } };

export type FleetAdjustmentApproveMutationVariables = Exact<{
  input: FleetAdjustmentDecisionInput;
}>;


export type FleetAdjustmentApproveMutation = { __typename?: 'Mutation', fleetAdjustmentApprove: { __typename?: 'FleetAdjustmentPayload', adjustment?: { __typename?: 'FleetAdjustment', id: string, status: FleetAdjustmentStatus } | null, errors: Array<{ __typename?: 'FleetAdjustmentError', field?: string | null, code: FleetAdjustmentErrorCode, message: string }> } };

export type FleetAdjustmentRejectMutationVariables = Exact<{
  input: FleetAdjustmentDecisionInput;
}>;


export type FleetAdjustmentRejectMutation = { __typename?: 'Mutation', fleetAdjustmentReject: { __typename?: 'FleetAdjustmentPayload', adjustment?: { __typename?: 'FleetAdjustment', id: string, status: FleetAdjustmentStatus } | null, errors: Array<{ __typename?: 'FleetAdjustmentError', field?: string | null, code: FleetAdjustmentErrorCode, message: string }> } };

export type FleetAdministratorAddMutationVariables = Exact<{
  input: FleetAdministratorAddInput;
}>;


export type FleetAdministratorAddMutation = { __typename?: 'Mutation', fleetAdministratorAdd: { __typename?: 'FleetPayload', fleet?: { __typename?: 'Fleet', id: string, administrators: Array<{ __typename?: 'FleetAdministrator', id: string }> } | null, errors: Array<{ __typename?: 'FleetError', field?: string | null, code: FleetErrorCode, message: string }> } };

export type FleetAdministratorRemoveMutationVariables = Exact<{
  input: FleetAdministratorRemoveInput;
}>;


export type FleetAdministratorRemoveMutation = { __typename?: 'Mutation', fleetAdministratorRemove: { __typename?: 'FleetPayload', fleet?: { __typename?: 'Fleet', id: string, administrators: Array<{ __typename?: 'FleetAdministrator', id: string }> } | null, errors: Array<{ __typename?: 'FleetError', field?: string | null, code: FleetErrorCode, message: string }> } };

export type DispensersQueryVariables = Exact<{
  stationId: Scalars['ID']['input'];
}>;


export type DispensersQuery = { __typename?: 'Query', dispensers: Array<{ __typename?: 'Dispenser', id: string, number: number, name: string, hubPort: number, protocol: DispenserProtocol, nozzles: Array<{ __typename?: 'Nozzle', id: string, number: number, side?: string | null, grade: { __typename?: 'FuelGrade', id: string, name: string, code: string }, liveState: { __typename?: 'NozzleLiveState', state: NozzleState, updatedAt: string, amount: { __typename?: 'Money', fen: number }, volume: { __typename?: 'Volume', ml: number }, unitPrice: { __typename?: 'Money', fen: number } } }> }> };

export type FuelGradesQueryVariables = Exact<{ [key: string]: never; }>;


export type FuelGradesQuery = { __typename?: 'Query', fuelGrades: Array<{ __typename?: 'FuelGrade', id: string, code: string, name: string, kind: GradeKind, densityGPerL?: number | null }> };

export type DispenserSaveMutationVariables = Exact<{
  input: DispenserInput;
}>;


export type DispenserSaveMutation = { __typename?: 'Mutation', dispenserSave: { __typename?: 'ForecourtConfigPayload', dispenser?: { __typename?: 'Dispenser', id: string } | null, errors: Array<{ __typename?: 'ForecourtConfigError', field?: string | null, message: string, code: ForecourtConfigErrorCode }> } };

export type NozzleSaveMutationVariables = Exact<{
  input: NozzleInput;
}>;


export type NozzleSaveMutation = { __typename?: 'Mutation', nozzleSave: { __typename?: 'ForecourtConfigPayload', nozzle?: { __typename?: 'Nozzle', id: string } | null, errors: Array<{ __typename?: 'ForecourtConfigError', field?: string | null, message: string, code: ForecourtConfigErrorCode }> } };

export type ForecourtConfigDeleteMutationVariables = Exact<{
  input: ForecourtConfigDeleteInput;
}>;


export type ForecourtConfigDeleteMutation = { __typename?: 'Mutation', forecourtConfigDelete: { __typename?: 'ForecourtConfigPayload', errors: Array<{ __typename?: 'ForecourtConfigError', field?: string | null, message: string, code: ForecourtConfigErrorCode }> } };

export type TanksQueryVariables = Exact<{
  stationId: Scalars['ID']['input'];
}>;


export type TanksQuery = { __typename?: 'Query', tanks: Array<{ __typename?: 'Tank', id: string, number: number, capacityMl: number, gaugeId?: string | null, grade: { __typename?: 'FuelGrade', id: string, name: string } }> };

export type FuelGradeSaveMutationVariables = Exact<{
  input: FuelGradeInput;
}>;


export type FuelGradeSaveMutation = { __typename?: 'Mutation', fuelGradeSave: { __typename?: 'ForecourtConfigPayload', grade?: { __typename?: 'FuelGrade', id: string } | null, errors: Array<{ __typename?: 'ForecourtConfigError', field?: string | null, message: string, code: ForecourtConfigErrorCode }> } };

export type TankSaveMutationVariables = Exact<{
  input: TankInput;
}>;


export type TankSaveMutation = { __typename?: 'Mutation', tankSave: { __typename?: 'ForecourtConfigPayload', tank?: { __typename?: 'Tank', id: string } | null, errors: Array<{ __typename?: 'ForecourtConfigError', field?: string | null, message: string, code: ForecourtConfigErrorCode }> } };

export type FuelingsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FuelingFilter>;
}>;


export type FuelingsQuery = { __typename?: 'Query', fuelings: { __typename?: 'FuelingConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'FuelingEdge', node: { __typename?: 'Fueling', id: string, ttc: number, nozzleNumber: number, endedAt: string, paid: boolean, amountMismatch: boolean, cardNo?: string | null, grade: { __typename?: 'FuelGrade', name: string }, station: { __typename?: 'Station', id: string, name: string }, volume: { __typename?: 'Volume', ml: number }, unitPrice: { __typename?: 'Money', fen: number }, amount: { __typename?: 'Money', fen: number }, computedAmount: { __typename?: 'Money', fen: number }, totalizer: { __typename?: 'Volume', ml: number } } }> } };

export type AnomaliesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  resolved?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AnomaliesQuery = { __typename?: 'Query', anomalies: { __typename?: 'AnomalyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AnomalyEdge', node: { __typename?: 'Anomaly', id: string, kind: AnomalyKind, details: unknown, createdAt: string, resolvedAt?: string | null, station: { __typename?: 'Station', id: string, name: string } } }> } };

export type AuditActivityQueryVariables = Exact<{
  days: Scalars['Int']['input'];
}>;


export type AuditActivityQuery = { __typename?: 'Query', auditActivity: Array<{ __typename?: 'AuditActivityDay', date: string, logins: number, actions: number }> };

export type LoyaltyProgramFieldsFragment = { __typename?: 'LoyaltyProgram', tierWindowDays: number, pointsValidityDays: number, redeemPointsPerYuan: number, redeemMinPoints: number, redeemMaxSharePct: number, certifiedStacks: boolean, certifiedDiscounts: Array<{ __typename?: 'GradeDiscount', gradeCode: string, perLitre: { __typename?: 'Money', fen: number, yuan: string } }> };

export type TierFieldsFragment = { __typename?: 'Tier', id: string, name: string, rank: number, pointsMultiplierPct: number, minSpend?: { __typename?: 'Money', fen: number, yuan: string } | null, minVolume?: { __typename?: 'Volume', ml: number, litres: string } | null, gradeDiscounts: Array<{ __typename?: 'GradeDiscount', gradeCode: string, perLitre: { __typename?: 'Money', fen: number, yuan: string } }> };

export type PointsRuleFieldsFragment = { __typename?: 'PointsRule', id: string, name: string, kind: PointsRuleKind, target: PointsTarget, gradeCode?: string | null, basis?: PointsBasis | null, points?: number | null, multiplierPct?: number | null, startsAt?: string | null, endsAt?: string | null, active: boolean };

export type LoyaltySettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type LoyaltySettingsQuery = { __typename?: 'Query', loyaltyProgram: { __typename?: 'LoyaltyProgram', tierWindowDays: number, pointsValidityDays: number, redeemPointsPerYuan: number, redeemMinPoints: number, redeemMaxSharePct: number, certifiedStacks: boolean, certifiedDiscounts: Array<{ __typename?: 'GradeDiscount', gradeCode: string, perLitre: { __typename?: 'Money', fen: number, yuan: string } }> }, tiers: Array<{ __typename?: 'Tier', id: string, name: string, rank: number, pointsMultiplierPct: number, minSpend?: { __typename?: 'Money', fen: number, yuan: string } | null, minVolume?: { __typename?: 'Volume', ml: number, litres: string } | null, gradeDiscounts: Array<{ __typename?: 'GradeDiscount', gradeCode: string, perLitre: { __typename?: 'Money', fen: number, yuan: string } }> }>, pointsRules: Array<{ __typename?: 'PointsRule', id: string, name: string, kind: PointsRuleKind, target: PointsTarget, gradeCode?: string | null, basis?: PointsBasis | null, points?: number | null, multiplierPct?: number | null, startsAt?: string | null, endsAt?: string | null, active: boolean }> };

export type LoyaltyGradesQueryVariables = Exact<{ [key: string]: never; }>;


export type LoyaltyGradesQuery = { __typename?: 'Query', fuelGrades: Array<{ __typename?: 'FuelGrade', id: string, code: string, name: string }> };

export type LoyaltyProgramSaveMutationVariables = Exact<{
  input: LoyaltyProgramSaveInput;
}>;


export type LoyaltyProgramSaveMutation = { __typename?: 'Mutation', loyaltyProgramSave: { __typename?: 'LoyaltyProgramSavePayload', program?: { __typename?: 'LoyaltyProgram', tierWindowDays: number, pointsValidityDays: number, redeemPointsPerYuan: number, redeemMinPoints: number, redeemMaxSharePct: number, certifiedStacks: boolean, certifiedDiscounts: Array<{ __typename?: 'GradeDiscount', gradeCode: string, perLitre: { __typename?: 'Money', fen: number, yuan: string } }> } | null, errors: Array<{ __typename?: 'LoyaltyError', field?: string | null, message: string, code: LoyaltyErrorCode }> } };

export type TierSaveMutationVariables = Exact<{
  input: TierSaveInput;
}>;


export type TierSaveMutation = { __typename?: 'Mutation', tierSave: { __typename?: 'TierSavePayload', tier?: { __typename?: 'Tier', id: string, name: string, rank: number, pointsMultiplierPct: number, minSpend?: { __typename?: 'Money', fen: number, yuan: string } | null, minVolume?: { __typename?: 'Volume', ml: number, litres: string } | null, gradeDiscounts: Array<{ __typename?: 'GradeDiscount', gradeCode: string, perLitre: { __typename?: 'Money', fen: number, yuan: string } }> } | null, errors: Array<{ __typename?: 'LoyaltyError', field?: string | null, message: string, code: LoyaltyErrorCode }> } };

export type PointsRuleSaveMutationVariables = Exact<{
  input: PointsRuleSaveInput;
}>;


export type PointsRuleSaveMutation = { __typename?: 'Mutation', pointsRuleSave: { __typename?: 'PointsRuleSavePayload', rule?: { __typename?: 'PointsRule', id: string, name: string, kind: PointsRuleKind, target: PointsTarget, gradeCode?: string | null, basis?: PointsBasis | null, points?: number | null, multiplierPct?: number | null, startsAt?: string | null, endsAt?: string | null, active: boolean } | null, errors: Array<{ __typename?: 'LoyaltyError', field?: string | null, message: string, code: LoyaltyErrorCode }> } };

export type CertificationRowFieldsFragment = { __typename?: 'Certification', id: string, status: CertificationStatus, platform: string, plate: string, reason?: string | null, submittedAt: string, reviewedAt?: string | null, member?: { __typename?: 'Member', id: string, number: string, name?: string | null, phone?: string | null } | null };

export type CertificationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CertificationFilter>;
}>;


export type CertificationsQuery = { __typename?: 'Query', certifications: { __typename?: 'CertificationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CertificationEdge', node: { __typename?: 'Certification', id: string, status: CertificationStatus, platform: string, plate: string, reason?: string | null, submittedAt: string, reviewedAt?: string | null, member?: { __typename?: 'Member', id: string, number: string, name?: string | null, phone?: string | null } | null } }> } };

export type CertificationDocumentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CertificationDocumentsQuery = { __typename?: 'Query', node?: { __typename?: 'Anomaly' } | { __typename?: 'ApiKey' } | { __typename?: 'Card' } | { __typename?: 'CardProduct' } | { __typename?: 'CardTopUp' } | { __typename?: 'CardTopUpPayment' } | { __typename?: 'Certification', id: string, documents: Array<{ __typename?: 'CertificationDocument', kind: CertificationDocumentKind, contentType: string, sizeBytes: number, dataUrl: string }> } | { __typename?: 'Device' } | { __typename?: 'Dispenser' } | { __typename?: 'Fleet' } | { __typename?: 'FleetAdjustment' } | { __typename?: 'FleetAdministrator' } | { __typename?: 'FleetReceipt' } | { __typename?: 'FleetVehicle' } | { __typename?: 'FuelGrade' } | { __typename?: 'Fueling' } | { __typename?: 'GoodsItem' } | { __typename?: 'Member' } | { __typename?: 'MemberVehicle' } | { __typename?: 'Nozzle' } | { __typename?: 'Order' } | { __typename?: 'Payment' } | { __typename?: 'PaymentMerchant' } | { __typename?: 'PointsMovement' } | { __typename?: 'PointsRule' } | { __typename?: 'PriceChange' } | { __typename?: 'Refund' } | { __typename?: 'Region' } | { __typename?: 'Role' } | { __typename?: 'Shift' } | { __typename?: 'StaffUser' } | { __typename?: 'Station' } | { __typename?: 'Tier' } | null };

export type CertificationReviewMutationVariables = Exact<{
  input: CertificationReviewInput;
}>;


export type CertificationReviewMutation = { __typename?: 'Mutation', certificationReview: { __typename?: 'CertificationPayload', certification?: { __typename?: 'Certification', id: string, status: CertificationStatus, platform: string, plate: string, reason?: string | null, submittedAt: string, reviewedAt?: string | null, member?: { __typename?: 'Member', id: string, number: string, name?: string | null, phone?: string | null } | null } | null, errors: Array<{ __typename?: 'CertificationError', field?: string | null, message: string, code: CertificationErrorCode }> } };

export type LoyaltyReportQueryVariables = Exact<{
  dateFrom: Scalars['Date']['input'];
  dateTo: Scalars['Date']['input'];
}>;


export type LoyaltyReportQuery = { __typename?: 'Query', loyaltyReport: { __typename?: 'LoyaltyReport', tiers: Array<{ __typename?: 'TierMembers', tier: string, rank: number, members: number }>, months: Array<{ __typename?: 'PointsMonth', month: string, issued: number, redeemed: number, expired: number, refunded: number, revoked: number, shortfall: number }> } };

export type MemberPointsQueryVariables = Exact<{
  memberId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MemberPointsQuery = { __typename?: 'Query', memberPoints?: { __typename?: 'MemberPoints', balance: number, tier?: { __typename?: 'Tier', id: string, name: string, rank: number } | null, tierHistory: Array<{ __typename?: 'TierChange', fromTier?: string | null, toTier: string, reason: TierChangeReason, changedAt: string, spend: { __typename?: 'Money', fen: number, yuan: string }, volume: { __typename?: 'Volume', ml: number, litres: string } }>, statement: { __typename?: 'PointsMovementConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PointsMovementEdge', node: { __typename?: 'PointsMovement', id: string, kind: PointsMovementKind, points: number, balanceAfter: number, description: string, occurredAt: string } }> } } | null };

export type MemberFieldsFragment = { __typename?: 'Member', id: string, number: string, status: MemberStatus, name?: string | null, gender: MemberGender, birthday?: any | null, phone?: string | null, tags: Array<string>, channel?: MemberChannel | null, hasWechat: boolean, marketingConsent: boolean, marketingConsentAt?: string | null, registeredAt?: string | null, createdAt: string, referrer?: { __typename?: 'Referrer', name: string, employeeCode?: string | null } | null, vehicles: Array<{ __typename?: 'MemberVehicle', id: string, plate: string, vehicleType: VehicleType, newEnergy: boolean }> };

export type MembersQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
}>;


export type MembersQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MemberEdge', node: { __typename?: 'Member', id: string, number: string, status: MemberStatus, name?: string | null, gender: MemberGender, birthday?: any | null, phone?: string | null, tags: Array<string>, channel?: MemberChannel | null, hasWechat: boolean, marketingConsent: boolean, marketingConsentAt?: string | null, registeredAt?: string | null, createdAt: string, referrer?: { __typename?: 'Referrer', name: string, employeeCode?: string | null } | null, vehicles: Array<{ __typename?: 'MemberVehicle', id: string, plate: string, vehicleType: VehicleType, newEnergy: boolean }> } }> } };

export type MemberGrowthQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type MemberGrowthQuery = { __typename?: 'Query', memberGrowth: Array<{ __typename?: 'MemberGrowth', month: string, channel?: MemberChannel | null, count: number }> };

export type MemberExportQueryVariables = Exact<{
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  channel?: InputMaybe<MemberChannel>;
}>;


export type MemberExportQuery = { __typename?: 'Query', memberExport: { __typename?: 'MemberExport', filename: string, rows: number, xlsx: string } };

export type MemberProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MemberProfileQuery = { __typename?: 'Query', member?: { __typename?: 'Member', id: string, number: string, status: MemberStatus, name?: string | null, gender: MemberGender, birthday?: any | null, phone?: string | null, tags: Array<string>, channel?: MemberChannel | null, hasWechat: boolean, marketingConsent: boolean, marketingConsentAt?: string | null, registeredAt?: string | null, createdAt: string, tierProgress: { __typename?: 'MemberTierProgress', windowDays: number, progressPct?: number | null, tier?: { __typename?: 'Tier', id: string, name: string, rank: number } | null, nextTier?: { __typename?: 'Tier', id: string, name: string, rank: number, minSpend?: { __typename?: 'Money', fen: number } | null, minVolume?: { __typename?: 'Volume', ml: number } | null } | null, spend?: { __typename?: 'Money', fen: number } | null, volume?: { __typename?: 'Volume', ml: number } | null, spendToNext?: { __typename?: 'Money', fen: number } | null, volumeToNext?: { __typename?: 'Volume', ml: number } | null }, certification?: { __typename?: 'MemberCertification', status: CertificationStatus, platform: string, plate: string, reason?: string | null, submittedAt: string, reviewedAt?: string | null, certified: boolean } | null, referrer?: { __typename?: 'Referrer', name: string, employeeCode?: string | null } | null, vehicles: Array<{ __typename?: 'MemberVehicle', id: string, plate: string, vehicleType: VehicleType, newEnergy: boolean }> } | null };

export type MemberCardsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MemberCardsQuery = { __typename?: 'Query', member?: { __typename?: 'Member', id: string, cards: Array<{ __typename?: 'Card', id: string, number: string, kind: CardKind, state: CardState, role: CardRole, createdAt: string, expiresAt?: string | null, product: { __typename?: 'CardProduct', id: string, name: string }, balance: { __typename?: 'CardBalance', principal: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number }, total: { __typename?: 'Money', fen: number } } }> } | null };

export type MemberOrdersQueryVariables = Exact<{
  memberId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type MemberOrdersQuery = { __typename?: 'Query', orders: { __typename?: 'OrderConnection', totalCount: number, edges: Array<{ __typename?: 'OrderEdge', node: { __typename?: 'Order', id: string, number: string, status: OrderStatus, createdAt: string, paidAt?: string | null, vehiclePlate?: string | null, station: { __typename?: 'Station', id: string, name: string }, payable: { __typename?: 'Money', fen: number }, payments: Array<{ __typename?: 'Payment', id: string, tender: Tender, status: PaymentStatus, amount: { __typename?: 'Money', fen: number } }> } }> } };

export type MemberTagsUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  tags: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type MemberTagsUpdateMutation = { __typename?: 'Mutation', memberUpdate: { __typename?: 'MemberPayload', member?: { __typename?: 'Member', id: string, tags: Array<string> } | null, errors: Array<{ __typename?: 'MemberError', field?: string | null, code: MemberErrorCode, message: string }> } };

export type MerchantAccountsQueryVariables = Exact<{
  stationId: Scalars['ID']['input'];
}>;


export type MerchantAccountsQuery = { __typename?: 'Query', paymentMerchants: Array<{ __typename?: 'PaymentMerchant', id: string, channel: string, mchId: string, appId: string, payeeName: string, apiBaseUrl: string, platformKeySerials: Array<string>, notificationsEnabled: boolean, feeRateBp: number, jsapiConfigured: boolean, miniProgramAppId?: string | null, merchantSerial?: string | null }> };

export type MerchantAccountSetMutationVariables = Exact<{
  input: PaymentMerchantSetInput;
}>;


export type MerchantAccountSetMutation = { __typename?: 'Mutation', paymentMerchantSet: { __typename?: 'PaymentMerchantPayload', merchant?: { __typename?: 'PaymentMerchant', id: string, channel: string, mchId: string, appId: string, payeeName: string, jsapiConfigured: boolean, miniProgramAppId?: string | null, merchantSerial?: string | null } | null, errors: Array<{ __typename?: 'PaymentMerchantError', field?: string | null, code: PaymentMerchantErrorCode, message: string }> } };

export type OrderRowFieldsFragment = { __typename?: 'Order', id: string, number: string, status: OrderStatus, createdAt: string, paidAt?: string | null, cashierName?: string | null, tags: Array<string>, remark?: string | null, vehiclePlate?: string | null, station: { __typename?: 'Station', id: string, name: string }, member?: { __typename?: 'Member', id: string, number: string, name?: string | null, phone?: string | null } | null, total: { __typename?: 'Money', fen: number }, discount: { __typename?: 'Money', fen: number }, payable: { __typename?: 'Money', fen: number }, lines: Array<{ __typename?: 'OrderLine', description: string, amount: { __typename?: 'Money', fen: number } }>, payments: Array<{ __typename?: 'Payment', id: string, tender: Tender, status: PaymentStatus, reference?: string | null, transactionId?: string | null, amount: { __typename?: 'Money', fen: number }, change?: { __typename?: 'Money', fen: number } | null }>, refunds: Array<{ __typename?: 'Refund', id: string, status: RefundStatus, reason: string, createdAt: string, amount: { __typename?: 'Money', fen: number } }> };

export type OrdersQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
}>;


export type OrdersQuery = { __typename?: 'Query', orders: { __typename?: 'OrderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OrderEdge', node: { __typename?: 'Order', id: string, number: string, status: OrderStatus, createdAt: string, paidAt?: string | null, cashierName?: string | null, tags: Array<string>, remark?: string | null, vehiclePlate?: string | null, station: { __typename?: 'Station', id: string, name: string }, member?: { __typename?: 'Member', id: string, number: string, name?: string | null, phone?: string | null } | null, total: { __typename?: 'Money', fen: number }, discount: { __typename?: 'Money', fen: number }, payable: { __typename?: 'Money', fen: number }, lines: Array<{ __typename?: 'OrderLine', description: string, amount: { __typename?: 'Money', fen: number } }>, payments: Array<{ __typename?: 'Payment', id: string, tender: Tender, status: PaymentStatus, reference?: string | null, transactionId?: string | null, amount: { __typename?: 'Money', fen: number }, change?: { __typename?: 'Money', fen: number } | null }>, refunds: Array<{ __typename?: 'Refund', id: string, status: RefundStatus, reason: string, createdAt: string, amount: { __typename?: 'Money', fen: number } }> } }> } };

export type OrderByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderByIdQuery = { __typename?: 'Query', node?: { __typename?: 'Anomaly' } | { __typename?: 'ApiKey' } | { __typename?: 'Card' } | { __typename?: 'CardProduct' } | { __typename?: 'CardTopUp' } | { __typename?: 'CardTopUpPayment' } | { __typename?: 'Certification' } | { __typename?: 'Device' } | { __typename?: 'Dispenser' } | { __typename?: 'Fleet' } | { __typename?: 'FleetAdjustment' } | { __typename?: 'FleetAdministrator' } | { __typename?: 'FleetReceipt' } | { __typename?: 'FleetVehicle' } | { __typename?: 'FuelGrade' } | { __typename?: 'Fueling' } | { __typename?: 'GoodsItem' } | { __typename?: 'Member' } | { __typename?: 'MemberVehicle' } | { __typename?: 'Nozzle' } | { __typename?: 'Order', id: string, number: string, status: OrderStatus, createdAt: string, paidAt?: string | null, cashierName?: string | null, tags: Array<string>, remark?: string | null, vehiclePlate?: string | null, station: { __typename?: 'Station', id: string, name: string }, member?: { __typename?: 'Member', id: string, number: string, name?: string | null, phone?: string | null } | null, total: { __typename?: 'Money', fen: number }, discount: { __typename?: 'Money', fen: number }, payable: { __typename?: 'Money', fen: number }, lines: Array<{ __typename?: 'OrderLine', description: string, amount: { __typename?: 'Money', fen: number } }>, payments: Array<{ __typename?: 'Payment', id: string, tender: Tender, status: PaymentStatus, reference?: string | null, transactionId?: string | null, amount: { __typename?: 'Money', fen: number }, change?: { __typename?: 'Money', fen: number } | null }>, refunds: Array<{ __typename?: 'Refund', id: string, status: RefundStatus, reason: string, createdAt: string, amount: { __typename?: 'Money', fen: number } }> } | { __typename?: 'Payment' } | { __typename?: 'PaymentMerchant' } | { __typename?: 'PointsMovement' } | { __typename?: 'PointsRule' } | { __typename?: 'PriceChange' } | { __typename?: 'Refund' } | { __typename?: 'Region' } | { __typename?: 'Role' } | { __typename?: 'Shift' } | { __typename?: 'StaffUser' } | { __typename?: 'Station' } | { __typename?: 'Tier' } | null };

export type RefundCreateMutationVariables = Exact<{
  input: RefundCreateInput;
}>;


export type RefundCreateMutation = { __typename?: 'Mutation', refundCreate: { __typename?: 'RefundPayload', refund?: { __typename?: 'Refund', id: string, status: RefundStatus } | null, order?: { __typename?: 'Order', id: string, status: OrderStatus } | null, errors: Array<{ __typename?: 'RefundError', field?: string | null, code: RefundErrorCode, message: string }> } };

export type OrderDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderDetailQuery = { __typename?: 'Query', node?: { __typename?: 'Anomaly' } | { __typename?: 'ApiKey' } | { __typename?: 'Card' } | { __typename?: 'CardProduct' } | { __typename?: 'CardTopUp' } | { __typename?: 'CardTopUpPayment' } | { __typename?: 'Certification' } | { __typename?: 'Device' } | { __typename?: 'Dispenser' } | { __typename?: 'Fleet' } | { __typename?: 'FleetAdjustment' } | { __typename?: 'FleetAdministrator' } | { __typename?: 'FleetReceipt' } | { __typename?: 'FleetVehicle' } | { __typename?: 'FuelGrade' } | { __typename?: 'Fueling' } | { __typename?: 'GoodsItem' } | { __typename?: 'Member' } | { __typename?: 'MemberVehicle' } | { __typename?: 'Nozzle' } | { __typename?: 'Order', id: string, discounts: Array<{ __typename?: 'OrderDiscount', label: string, line?: number | null, reason?: string | null, amount: { __typename?: 'Money', fen: number } }>, history: Array<{ __typename?: 'OrderEvent', kind: OrderEventKind, at: string, fromValue?: string | null, toValue: string, tender?: Tender | null, actorLabel: string, amount?: { __typename?: 'Money', fen: number } | null }> } | { __typename?: 'Payment' } | { __typename?: 'PaymentMerchant' } | { __typename?: 'PointsMovement' } | { __typename?: 'PointsRule' } | { __typename?: 'PriceChange' } | { __typename?: 'Refund' } | { __typename?: 'Region' } | { __typename?: 'Role' } | { __typename?: 'Shift' } | { __typename?: 'StaffUser' } | { __typename?: 'Station' } | { __typename?: 'Tier' } | null };

export type PaymentRowFragment = { __typename?: 'PaymentRecord', id: string, tender: Tender, status: PaymentStatus, reference?: string | null, channelState?: string | null, channelMessage?: string | null, transactionId?: string | null, createdAt: string, settledAt?: string | null, amount: { __typename?: 'Money', fen: number }, fee?: { __typename?: 'Money', fen: number } | null, order: { __typename?: 'Order', id: string, number: string }, station: { __typename?: 'Station', id: string, code: string, name: string } };

export type RefundRowFragment = { __typename?: 'RefundRecord', id: string, tender: Tender, status: RefundStatus, reason: string, requestedBy?: string | null, channelState?: string | null, channelRefundId?: string | null, createdAt: string, settledAt?: string | null, amount: { __typename?: 'Money', fen: number }, payment: { __typename?: 'Payment', id: string, transactionId?: string | null, amount: { __typename?: 'Money', fen: number } }, order: { __typename?: 'Order', id: string, number: string }, station: { __typename?: 'Station', id: string, code: string, name: string } };

export type PaymentListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentFilter>;
}>;


export type PaymentListQuery = { __typename?: 'Query', payments: { __typename?: 'PaymentRecordConnection', totals: { __typename?: 'PaymentTotals', count: number, amount: { __typename?: 'Money', fen: number }, fee: { __typename?: 'Money', fen: number } }, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PaymentRecordEdge', node: { __typename?: 'PaymentRecord', id: string, tender: Tender, status: PaymentStatus, reference?: string | null, channelState?: string | null, channelMessage?: string | null, transactionId?: string | null, createdAt: string, settledAt?: string | null, amount: { __typename?: 'Money', fen: number }, fee?: { __typename?: 'Money', fen: number } | null, order: { __typename?: 'Order', id: string, number: string }, station: { __typename?: 'Station', id: string, code: string, name: string } } }> } };

export type PaymentExportQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentFilter>;
}>;


export type PaymentExportQuery = { __typename?: 'Query', payments: { __typename?: 'PaymentRecordConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PaymentRecordEdge', node: { __typename?: 'PaymentRecord', id: string, tender: Tender, status: PaymentStatus, reference?: string | null, channelState?: string | null, channelMessage?: string | null, transactionId?: string | null, createdAt: string, settledAt?: string | null, amount: { __typename?: 'Money', fen: number }, fee?: { __typename?: 'Money', fen: number } | null, order: { __typename?: 'Order', id: string, number: string }, station: { __typename?: 'Station', id: string, code: string, name: string } } }> } };

export type RefundListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RefundFilter>;
}>;


export type RefundListQuery = { __typename?: 'Query', refunds: { __typename?: 'RefundRecordConnection', totals: { __typename?: 'RefundTotals', count: number, amount: { __typename?: 'Money', fen: number } }, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'RefundRecordEdge', node: { __typename?: 'RefundRecord', id: string, tender: Tender, status: RefundStatus, reason: string, requestedBy?: string | null, channelState?: string | null, channelRefundId?: string | null, createdAt: string, settledAt?: string | null, amount: { __typename?: 'Money', fen: number }, payment: { __typename?: 'Payment', id: string, transactionId?: string | null, amount: { __typename?: 'Money', fen: number } }, order: { __typename?: 'Order', id: string, number: string }, station: { __typename?: 'Station', id: string, code: string, name: string } } }> } };

export type RefundExportQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RefundFilter>;
}>;


export type RefundExportQuery = { __typename?: 'Query', refunds: { __typename?: 'RefundRecordConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'RefundRecordEdge', node: { __typename?: 'RefundRecord', id: string, tender: Tender, status: RefundStatus, reason: string, requestedBy?: string | null, channelState?: string | null, channelRefundId?: string | null, createdAt: string, settledAt?: string | null, amount: { __typename?: 'Money', fen: number }, payment: { __typename?: 'Payment', id: string, transactionId?: string | null, amount: { __typename?: 'Money', fen: number } }, order: { __typename?: 'Order', id: string, number: string }, station: { __typename?: 'Station', id: string, code: string, name: string } } }> } };

export type PosCardFieldsFragment = { __typename?: 'Card', id: string, number: string, state: CardState, allows: Array<CardAction>, role: CardRole, hasPassword: boolean, expiresAt?: string | null, holder?: { __typename?: 'Member', id: string, number: string, name?: string | null } | null, parent?: { __typename?: 'Card', id: string, number: string, mode?: CardMode | null, balance: { __typename?: 'CardBalance', total: { __typename?: 'Money', fen: number } } } | null, balance: { __typename?: 'CardBalance', principal: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number }, total: { __typename?: 'Money', fen: number } }, product: { __typename?: 'CardProduct', id: string, name: string, named: boolean, passwordAbove?: { __typename?: 'Money', fen: number } | null, topUpMin: { __typename?: 'Money', fen: number }, topUpMax: { __typename?: 'Money', fen: number }, bonusTiers: Array<{ __typename?: 'CardBonusTier', min: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number } }> } };

export type PosCardLookupQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type PosCardLookupQuery = { __typename?: 'Query', cards: { __typename?: 'CardConnection', edges: Array<{ __typename?: 'CardEdge', node: { __typename?: 'Card', id: string, number: string, state: CardState, allows: Array<CardAction>, role: CardRole, hasPassword: boolean, expiresAt?: string | null, holder?: { __typename?: 'Member', id: string, number: string, name?: string | null } | null, parent?: { __typename?: 'Card', id: string, number: string, mode?: CardMode | null, balance: { __typename?: 'CardBalance', total: { __typename?: 'Money', fen: number } } } | null, balance: { __typename?: 'CardBalance', principal: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number }, total: { __typename?: 'Money', fen: number } }, product: { __typename?: 'CardProduct', id: string, name: string, named: boolean, passwordAbove?: { __typename?: 'Money', fen: number } | null, topUpMin: { __typename?: 'Money', fen: number }, topUpMax: { __typename?: 'Money', fen: number }, bonusTiers: Array<{ __typename?: 'CardBonusTier', min: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number } }> } } }> } };

export type PosCardTopUpMutationVariables = Exact<{
  input: CardTopUpInput;
}>;


export type PosCardTopUpMutation = { __typename?: 'Mutation', cardTopUp: { __typename?: 'CardTopUpPayload', replay: boolean, topUp?: { __typename?: 'CardTopUp', id: string, createdAt: string, amount: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number } } | null, card?: { __typename?: 'Card', id: string, number: string, state: CardState, allows: Array<CardAction>, role: CardRole, hasPassword: boolean, expiresAt?: string | null, holder?: { __typename?: 'Member', id: string, number: string, name?: string | null } | null, parent?: { __typename?: 'Card', id: string, number: string, mode?: CardMode | null, balance: { __typename?: 'CardBalance', total: { __typename?: 'Money', fen: number } } } | null, balance: { __typename?: 'CardBalance', principal: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number }, total: { __typename?: 'Money', fen: number } }, product: { __typename?: 'CardProduct', id: string, name: string, named: boolean, passwordAbove?: { __typename?: 'Money', fen: number } | null, topUpMin: { __typename?: 'Money', fen: number }, topUpMax: { __typename?: 'Money', fen: number }, bonusTiers: Array<{ __typename?: 'CardBonusTier', min: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number } }> } } | null, errors: Array<{ __typename?: 'CardError', field?: string | null, code: CardErrorCode, message: string }> } };

export type PosMemberPointsQueryVariables = Exact<{
  memberId: Scalars['ID']['input'];
}>;


export type PosMemberPointsQuery = { __typename?: 'Query', memberPoints?: { __typename?: 'MemberPoints', balance: number, redeemableValue: { __typename?: 'Money', fen: number } } | null, loyaltyProgram: { __typename?: 'LoyaltyProgram', redeemPointsPerYuan: number, redeemMinPoints: number, redeemMaxSharePct: number } };

export type CurrentShiftQueryVariables = Exact<{
  stationId: Scalars['ID']['input'];
}>;


export type CurrentShiftQuery = { __typename?: 'Query', currentShift?: { __typename?: 'Shift', id: string, number: number, status: ShiftStatus, openedAt: string, cashierName?: string | null, openingCash: { __typename?: 'Money', fen: number }, cashInDrawer: { __typename?: 'Money', fen: number }, tenderTotals: Array<{ __typename?: 'TenderTotal', tender: Tender, count: number, amount: { __typename?: 'Money', fen: number } }> } | null };

export type ShiftOpenMutationVariables = Exact<{
  input: ShiftOpenInput;
}>;


export type ShiftOpenMutation = { __typename?: 'Mutation', shiftOpen: { __typename?: 'ShiftPayload', shift?: { __typename?: 'Shift', id: string, number: number } | null, errors: Array<{ __typename?: 'ShiftError', field?: string | null, code: ShiftErrorCode, message: string }> } };

export type ShiftCloseMutationVariables = Exact<{
  input: ShiftCloseInput;
}>;


export type ShiftCloseMutation = { __typename?: 'Mutation', shiftClose: { __typename?: 'ShiftPayload', shift?: { __typename?: 'Shift', id: string, number: number, expectedCash?: { __typename?: 'Money', fen: number } | null, countedCash?: { __typename?: 'Money', fen: number } | null, overShort?: { __typename?: 'Money', fen: number } | null } | null, errors: Array<{ __typename?: 'ShiftError', field?: string | null, code: ShiftErrorCode, message: string }> } };

export type PosOrderFieldsFragment = { __typename?: 'Order', id: string, number: string, status: OrderStatus, createdAt: string, vehiclePlate?: string | null, total: { __typename?: 'Money', fen: number }, discount: { __typename?: 'Money', fen: number }, payable: { __typename?: 'Money', fen: number }, member?: { __typename?: 'Member', id: string, number: string, name?: string | null } | null, lines: Array<{ __typename?: 'OrderLine', description: string, amount: { __typename?: 'Money', fen: number } }>, payments: Array<{ __typename?: 'Payment', id: string, tender: Tender, status: PaymentStatus, reference?: string | null, channelState?: string | null, channelMessage?: string | null, amount: { __typename?: 'Money', fen: number }, change?: { __typename?: 'Money', fen: number } | null }>, refunds: Array<{ __typename?: 'Refund', id: string, status: RefundStatus, paymentId: string, amount: { __typename?: 'Money', fen: number } }> };

export type PosCheckoutQuoteQueryVariables = Exact<{
  input: CheckoutQuoteInput;
}>;


export type PosCheckoutQuoteQuery = { __typename?: 'Query', checkoutQuote: { __typename?: 'CheckoutQuotePayload', quote?: { __typename?: 'CheckoutQuote', lines: Array<{ __typename?: 'OrderLine', description: string, amount: { __typename?: 'Money', fen: number } }>, discounts: Array<{ __typename?: 'OrderDiscount', rule: string, label: string, line?: number | null, reason?: string | null, amount: { __typename?: 'Money', fen: number } }>, total: { __typename?: 'Money', fen: number }, discount: { __typename?: 'Money', fen: number }, payable: { __typename?: 'Money', fen: number } } | null, errors: Array<{ __typename?: 'CheckoutError', field?: string | null, code: CheckoutErrorCode, message: string }> } };

export type CheckoutCreateMutationVariables = Exact<{
  input: CheckoutCreateInput;
}>;


export type CheckoutCreateMutation = { __typename?: 'Mutation', checkoutCreate: { __typename?: 'CheckoutPayload', replay: boolean, order?: { __typename?: 'Order', receiptHtml: string, id: string, number: string, status: OrderStatus, createdAt: string, vehiclePlate?: string | null, total: { __typename?: 'Money', fen: number }, discount: { __typename?: 'Money', fen: number }, payable: { __typename?: 'Money', fen: number }, member?: { __typename?: 'Member', id: string, number: string, name?: string | null } | null, lines: Array<{ __typename?: 'OrderLine', description: string, amount: { __typename?: 'Money', fen: number } }>, payments: Array<{ __typename?: 'Payment', id: string, tender: Tender, status: PaymentStatus, reference?: string | null, channelState?: string | null, channelMessage?: string | null, amount: { __typename?: 'Money', fen: number }, change?: { __typename?: 'Money', fen: number } | null }>, refunds: Array<{ __typename?: 'Refund', id: string, status: RefundStatus, paymentId: string, amount: { __typename?: 'Money', fen: number } }> } | null, errors: Array<{ __typename?: 'CheckoutError', field?: string | null, code: CheckoutErrorCode, message: string }> } };

export type PaymentRefreshMutationVariables = Exact<{
  paymentId: Scalars['ID']['input'];
}>;


export type PaymentRefreshMutation = { __typename?: 'Mutation', paymentRefresh: { __typename?: 'Order', receiptHtml: string, id: string, number: string, status: OrderStatus, createdAt: string, vehiclePlate?: string | null, total: { __typename?: 'Money', fen: number }, discount: { __typename?: 'Money', fen: number }, payable: { __typename?: 'Money', fen: number }, member?: { __typename?: 'Member', id: string, number: string, name?: string | null } | null, lines: Array<{ __typename?: 'OrderLine', description: string, amount: { __typename?: 'Money', fen: number } }>, payments: Array<{ __typename?: 'Payment', id: string, tender: Tender, status: PaymentStatus, reference?: string | null, channelState?: string | null, channelMessage?: string | null, amount: { __typename?: 'Money', fen: number }, change?: { __typename?: 'Money', fen: number } | null }>, refunds: Array<{ __typename?: 'Refund', id: string, status: RefundStatus, paymentId: string, amount: { __typename?: 'Money', fen: number } }> } };

export type PosGoodsLookupQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type PosGoodsLookupQuery = { __typename?: 'Query', goodsItems: { __typename?: 'GoodsItemConnection', edges: Array<{ __typename?: 'GoodsItemEdge', node: { __typename?: 'GoodsItem', id: string, barcode: string, name: string, unit: string, price: { __typename?: 'Money', fen: number } } }> } };

export type PosMemberFieldsFragment = { __typename?: 'Member', id: string, number: string, name?: string | null, phone?: string | null, vehicles: Array<{ __typename?: 'MemberVehicle', id: string, plate: string }>, cards: Array<{ __typename?: 'Card', id: string, number: string, state: CardState, product: { __typename?: 'CardProduct', name: string }, balance: { __typename?: 'CardBalance', total: { __typename?: 'Money', fen: number } } }> };

export type PosMemberLookupQueryVariables = Exact<{
  phone?: InputMaybe<Scalars['String']['input']>;
  plate?: InputMaybe<Scalars['String']['input']>;
  memberCode?: InputMaybe<Scalars['String']['input']>;
  cardNumber?: InputMaybe<Scalars['String']['input']>;
}>;


export type PosMemberLookupQuery = { __typename?: 'Query', memberLookup: { __typename?: 'MemberLookupResult', members: Array<{ __typename?: 'Member', id: string, number: string, name?: string | null, phone?: string | null, vehicles: Array<{ __typename?: 'MemberVehicle', id: string, plate: string }>, cards: Array<{ __typename?: 'Card', id: string, number: string, state: CardState, product: { __typename?: 'CardProduct', name: string }, balance: { __typename?: 'CardBalance', total: { __typename?: 'Money', fen: number } } }> }>, errors: Array<{ __typename?: 'MemberLookupError', field?: string | null, code: MemberLookupErrorCode, message: string }> } };

export type PosMemberRegisterMutationVariables = Exact<{
  input: MemberRegisterInput;
}>;


export type PosMemberRegisterMutation = { __typename?: 'Mutation', memberRegister: { __typename?: 'MemberPayload', member?: { __typename?: 'Member', id: string, number: string, name?: string | null, phone?: string | null, vehicles: Array<{ __typename?: 'MemberVehicle', id: string, plate: string }>, cards: Array<{ __typename?: 'Card', id: string, number: string, state: CardState, product: { __typename?: 'CardProduct', name: string }, balance: { __typename?: 'CardBalance', total: { __typename?: 'Money', fen: number } } }> } | null, errors: Array<{ __typename?: 'MemberError', field?: string | null, code: MemberErrorCode, message: string }> } };

export type PosShiftOrdersQueryVariables = Exact<{
  shiftId: Scalars['ID']['input'];
}>;


export type PosShiftOrdersQuery = { __typename?: 'Query', orders: { __typename?: 'OrderConnection', edges: Array<{ __typename?: 'OrderEdge', node: { __typename?: 'Order', id: string, number: string, status: OrderStatus, createdAt: string, vehiclePlate?: string | null, total: { __typename?: 'Money', fen: number }, discount: { __typename?: 'Money', fen: number }, payable: { __typename?: 'Money', fen: number }, member?: { __typename?: 'Member', id: string, number: string, name?: string | null } | null, lines: Array<{ __typename?: 'OrderLine', description: string, amount: { __typename?: 'Money', fen: number } }>, payments: Array<{ __typename?: 'Payment', id: string, tender: Tender, status: PaymentStatus, reference?: string | null, channelState?: string | null, channelMessage?: string | null, amount: { __typename?: 'Money', fen: number }, change?: { __typename?: 'Money', fen: number } | null }>, refunds: Array<{ __typename?: 'Refund', id: string, status: RefundStatus, paymentId: string, amount: { __typename?: 'Money', fen: number } }> } }> } };

export type PosOrderReceiptQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PosOrderReceiptQuery = { __typename?: 'Query', node?: { __typename?: 'Anomaly' } | { __typename?: 'ApiKey' } | { __typename?: 'Card' } | { __typename?: 'CardProduct' } | { __typename?: 'CardTopUp' } | { __typename?: 'CardTopUpPayment' } | { __typename?: 'Certification' } | { __typename?: 'Device' } | { __typename?: 'Dispenser' } | { __typename?: 'Fleet' } | { __typename?: 'FleetAdjustment' } | { __typename?: 'FleetAdministrator' } | { __typename?: 'FleetReceipt' } | { __typename?: 'FleetVehicle' } | { __typename?: 'FuelGrade' } | { __typename?: 'Fueling' } | { __typename?: 'GoodsItem' } | { __typename?: 'Member' } | { __typename?: 'MemberVehicle' } | { __typename?: 'Nozzle' } | { __typename?: 'Order', id: string, number: string, receiptHtml: string } | { __typename?: 'Payment' } | { __typename?: 'PaymentMerchant' } | { __typename?: 'PointsMovement' } | { __typename?: 'PointsRule' } | { __typename?: 'PriceChange' } | { __typename?: 'Refund' } | { __typename?: 'Region' } | { __typename?: 'Role' } | { __typename?: 'Shift' } | { __typename?: 'StaffUser' } | { __typename?: 'Station' } | { __typename?: 'Tier' } | null };

export type PosOrderVoidMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type PosOrderVoidMutation = { __typename?: 'Mutation', orderVoid: { __typename?: 'OrderChangePayload', order?: { __typename?: 'Order', id: string, status: OrderStatus } | null, errors: Array<{ __typename?: 'OrderChangeError', field?: string | null, code: OrderChangeErrorCode, message: string }> } };

export type PosFuelingDriveOffMutationVariables = Exact<{
  fuelingId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type PosFuelingDriveOffMutation = { __typename?: 'Mutation', fuelingDriveOff: { __typename?: 'OrderChangePayload', order?: { __typename?: 'Order', id: string, number: string, status: OrderStatus } | null, errors: Array<{ __typename?: 'OrderChangeError', field?: string | null, code: OrderChangeErrorCode, message: string }> } };

export type PosRefundCreateMutationVariables = Exact<{
  input: RefundCreateInput;
}>;


export type PosRefundCreateMutation = { __typename?: 'Mutation', refundCreate: { __typename?: 'RefundPayload', refund?: { __typename?: 'Refund', id: string, status: RefundStatus } | null, order?: { __typename?: 'Order', id: string, number: string, status: OrderStatus, createdAt: string, vehiclePlate?: string | null, total: { __typename?: 'Money', fen: number }, discount: { __typename?: 'Money', fen: number }, payable: { __typename?: 'Money', fen: number }, member?: { __typename?: 'Member', id: string, number: string, name?: string | null } | null, lines: Array<{ __typename?: 'OrderLine', description: string, amount: { __typename?: 'Money', fen: number } }>, payments: Array<{ __typename?: 'Payment', id: string, tender: Tender, status: PaymentStatus, reference?: string | null, channelState?: string | null, channelMessage?: string | null, amount: { __typename?: 'Money', fen: number }, change?: { __typename?: 'Money', fen: number } | null }>, refunds: Array<{ __typename?: 'Refund', id: string, status: RefundStatus, paymentId: string, amount: { __typename?: 'Money', fen: number } }> } | null, errors: Array<{ __typename?: 'RefundError', field?: string | null, code: RefundErrorCode, message: string }> } };

export type NozzleStatusChangedSubscriptionVariables = Exact<{
  stationId: Scalars['ID']['input'];
}>;


export type NozzleStatusChangedSubscription = { __typename?: 'Subscription', nozzleStatusChanged: { __typename?: 'NozzleStatus', state: NozzleState, version: number, updatedAt: string, nozzle: { __typename?: 'Nozzle', id: string, number: number, grade: { __typename?: 'FuelGrade', name: string } }, amount: { __typename?: 'Money', fen: number }, volume: { __typename?: 'Volume', ml: number }, unitPrice: { __typename?: 'Money', fen: number } } };

export type DispenserLinksQueryVariables = Exact<{
  stationId: Scalars['ID']['input'];
}>;


export type DispenserLinksQuery = { __typename?: 'Query', dispensers: Array<{ __typename?: 'Dispenser', id: string, number: number, name: string, link: { __typename?: 'DispenserLink', up: boolean, since?: string | null } }> };

export type PosShiftCashDropMutationVariables = Exact<{
  shiftId: Scalars['ID']['input'];
  amountFen: Scalars['Long']['input'];
  idempotencyKey: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type PosShiftCashDropMutation = { __typename?: 'Mutation', shiftCashDrop: { __typename?: 'ShiftPayload', replay: boolean, shift?: { __typename?: 'Shift', id: string } | null, errors: Array<{ __typename?: 'ShiftError', field?: string | null, code: ShiftErrorCode, message: string }> } };

export type PosShiftHandOverMutationVariables = Exact<{
  input: ShiftCloseInput;
  nextCashierId: Scalars['ID']['input'];
}>;


export type PosShiftHandOverMutation = { __typename?: 'Mutation', shiftHandOver: { __typename?: 'ShiftPayload', shift?: { __typename?: 'Shift', id: string, number: number, cashierName?: string | null, openingCash: { __typename?: 'Money', fen: number } } | null, errors: Array<{ __typename?: 'ShiftError', field?: string | null, code: ShiftErrorCode, message: string }> } };

export type PosNextCashiersQueryVariables = Exact<{
  stationId: Scalars['ID']['input'];
}>;


export type PosNextCashiersQuery = { __typename?: 'Query', stationCashiers: Array<{ __typename?: 'StationCashier', id: string, name: string, username: string }> };

export type PosTopUpPaymentFragment = { __typename?: 'CardTopUpPayment', id: string, status: CardTopUpPaymentStatus, final: boolean, message?: string | null, amount: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number }, card?: { __typename?: 'Card', id: string, number: string, state: CardState, allows: Array<CardAction>, role: CardRole, hasPassword: boolean, expiresAt?: string | null, holder?: { __typename?: 'Member', id: string, number: string, name?: string | null } | null, parent?: { __typename?: 'Card', id: string, number: string, mode?: CardMode | null, balance: { __typename?: 'CardBalance', total: { __typename?: 'Money', fen: number } } } | null, balance: { __typename?: 'CardBalance', principal: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number }, total: { __typename?: 'Money', fen: number } }, product: { __typename?: 'CardProduct', id: string, name: string, named: boolean, passwordAbove?: { __typename?: 'Money', fen: number } | null, topUpMin: { __typename?: 'Money', fen: number }, topUpMax: { __typename?: 'Money', fen: number }, bonusTiers: Array<{ __typename?: 'CardBonusTier', min: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number } }> } } | null };

export type PosCardTopUpByCodeMutationVariables = Exact<{
  input: CardTopUpByCodeInput;
}>;


export type PosCardTopUpByCodeMutation = { __typename?: 'Mutation', cardTopUpByCode: { __typename?: 'CardTopUpByCodePayload', replay: boolean, topUp?: { __typename?: 'CardTopUpPayment', id: string, status: CardTopUpPaymentStatus, final: boolean, message?: string | null, amount: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number }, card?: { __typename?: 'Card', id: string, number: string, state: CardState, allows: Array<CardAction>, role: CardRole, hasPassword: boolean, expiresAt?: string | null, holder?: { __typename?: 'Member', id: string, number: string, name?: string | null } | null, parent?: { __typename?: 'Card', id: string, number: string, mode?: CardMode | null, balance: { __typename?: 'CardBalance', total: { __typename?: 'Money', fen: number } } } | null, balance: { __typename?: 'CardBalance', principal: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number }, total: { __typename?: 'Money', fen: number } }, product: { __typename?: 'CardProduct', id: string, name: string, named: boolean, passwordAbove?: { __typename?: 'Money', fen: number } | null, topUpMin: { __typename?: 'Money', fen: number }, topUpMax: { __typename?: 'Money', fen: number }, bonusTiers: Array<{ __typename?: 'CardBonusTier', min: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number } }> } } | null } | null, errors: Array<{ __typename?: 'CardTopUpPaymentError', field?: string | null, code: CardTopUpPaymentErrorCode, message: string }> } };

export type PosCardTopUpPaymentRefreshMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PosCardTopUpPaymentRefreshMutation = { __typename?: 'Mutation', cardTopUpPaymentRefresh: { __typename?: 'CardTopUpPayment', id: string, status: CardTopUpPaymentStatus, final: boolean, message?: string | null, amount: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number }, card?: { __typename?: 'Card', id: string, number: string, state: CardState, allows: Array<CardAction>, role: CardRole, hasPassword: boolean, expiresAt?: string | null, holder?: { __typename?: 'Member', id: string, number: string, name?: string | null } | null, parent?: { __typename?: 'Card', id: string, number: string, mode?: CardMode | null, balance: { __typename?: 'CardBalance', total: { __typename?: 'Money', fen: number } } } | null, balance: { __typename?: 'CardBalance', principal: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number }, total: { __typename?: 'Money', fen: number } }, product: { __typename?: 'CardProduct', id: string, name: string, named: boolean, passwordAbove?: { __typename?: 'Money', fen: number } | null, topUpMin: { __typename?: 'Money', fen: number }, topUpMax: { __typename?: 'Money', fen: number }, bonusTiers: Array<{ __typename?: 'CardBonusTier', min: { __typename?: 'Money', fen: number }, bonus: { __typename?: 'Money', fen: number } }> } } | null } };

export type PriceBookQueryVariables = Exact<{
  stationId: Scalars['ID']['input'];
}>;


export type PriceBookQuery = { __typename?: 'Query', priceBook: Array<{ __typename?: 'StationPrice', effectiveAt: string, grade: { __typename?: 'FuelGrade', id: string, name: string }, price: { __typename?: 'Money', fen: number } }> };

export type PriceChangesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PriceChangeStatus>;
}>;


export type PriceChangesQuery = { __typename?: 'Query', priceChanges: { __typename?: 'PriceChangeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PriceChangeEdge', node: { __typename?: 'PriceChange', id: string, scope: PriceScope, status: PriceChangeStatus, reason?: string | null, needsApproval: boolean, createdAt: string, appliedAt?: string | null, effectiveAt?: string | null, price: { __typename?: 'Money', fen: number }, grade: { __typename?: 'FuelGrade', name: string }, stations: Array<{ __typename?: 'Station', id: string, name: string }>, deliveries: { __typename?: 'PriceDeliverySummary', pending: number, sent: number, confirmed: number, failed: number } } }> } };

export type PriceChangeCreateMutationVariables = Exact<{
  input: PriceChangeCreateInput;
}>;


export type PriceChangeCreateMutation = { __typename?: 'Mutation', priceChangeCreate: { __typename?: 'PriceChangePayload', priceChange?: { __typename?: 'PriceChange', id: string, status: PriceChangeStatus } | null, errors: Array<{ __typename?: 'PriceChangeError', field?: string | null, message: string, code: PriceChangeErrorCode }> } };

export type PriceChangeApproveMutationVariables = Exact<{
  input: PriceChangeDecisionInput;
}>;


export type PriceChangeApproveMutation = { __typename?: 'Mutation', priceChangeApprove: { __typename?: 'PriceChangePayload', priceChange?: { __typename?: 'PriceChange', id: string, status: PriceChangeStatus } | null, errors: Array<{ __typename?: 'PriceChangeError', field?: string | null, message: string, code: PriceChangeErrorCode }> } };

export type PriceChangeRejectMutationVariables = Exact<{
  input: PriceChangeDecisionInput;
}>;


export type PriceChangeRejectMutation = { __typename?: 'Mutation', priceChangeReject: { __typename?: 'PriceChangePayload', priceChange?: { __typename?: 'PriceChange', id: string, status: PriceChangeStatus } | null, errors: Array<{ __typename?: 'PriceChangeError', field?: string | null, message: string, code: PriceChangeErrorCode }> } };

export type PriceChangeCancelMutationVariables = Exact<{
  input: PriceChangeDecisionInput;
}>;


export type PriceChangeCancelMutation = { __typename?: 'Mutation', priceChangeCancel: { __typename?: 'PriceChangePayload', priceChange?: { __typename?: 'PriceChange', id: string, status: PriceChangeStatus } | null, errors: Array<{ __typename?: 'PriceChangeError', field?: string | null, message: string, code: PriceChangeErrorCode }> } };

export type RolesQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesQuery = { __typename?: 'Query', roles: Array<{ __typename?: 'Role', id: string, code?: string | null, name: string, description?: string | null, permissions: Array<Permission>, isBuiltin: boolean }> };

export type PermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsQuery = { __typename?: 'Query', permissions: Array<{ __typename?: 'PermissionInfo', code: Permission, label: string, group: string }> };

export type RoleCreateMutationVariables = Exact<{
  input: RoleCreateInput;
}>;


export type RoleCreateMutation = { __typename?: 'Mutation', roleCreate: { __typename?: 'RolePayload', role?: { __typename?: 'Role', id: string } | null, errors: Array<{ __typename?: 'RoleError', field?: string | null, message: string, code: RoleErrorCode }> } };

export type RoleUpdateMutationVariables = Exact<{
  input: RoleUpdateInput;
}>;


export type RoleUpdateMutation = { __typename?: 'Mutation', roleUpdate: { __typename?: 'RolePayload', role?: { __typename?: 'Role', id: string } | null, errors: Array<{ __typename?: 'RoleError', field?: string | null, message: string, code: RoleErrorCode }> } };

export type RoleDeleteMutationVariables = Exact<{
  input: RoleDeleteInput;
}>;


export type RoleDeleteMutation = { __typename?: 'Mutation', roleDelete: { __typename?: 'RolePayload', role?: { __typename?: 'Role', id: string } | null, errors: Array<{ __typename?: 'RoleError', field?: string | null, message: string, code: RoleErrorCode }> } };

export type ShiftListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ShiftFilter>;
}>;


export type ShiftListQuery = { __typename?: 'Query', shifts: { __typename?: 'ShiftConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ShiftEdge', node: { __typename?: 'Shift', id: string, number: number, status: ShiftStatus, cashierName?: string | null, openedAt: string, closedAt?: string | null, overShortReason?: string | null, station: { __typename?: 'Station', id: string, code: string, name: string }, openingCash: { __typename?: 'Money', fen: number }, expectedCash?: { __typename?: 'Money', fen: number } | null, countedCash?: { __typename?: 'Money', fen: number } | null, overShort?: { __typename?: 'Money', fen: number } | null } }> } };

export type ShiftCashiersQueryVariables = Exact<{ [key: string]: never; }>;


export type ShiftCashiersQuery = { __typename?: 'Query', staffUsers: { __typename?: 'StaffUserConnection', edges: Array<{ __typename?: 'StaffUserEdge', node: { __typename?: 'StaffUser', id: string, name: string, username: string } }> } };

export type SalesReportFieldsFragment = { __typename?: 'SalesReport', title: string, stationName: string, orders: number, driveOffs: number, sales: { __typename?: 'Money', fen: number }, refunds: { __typename?: 'Money', fen: number }, driveOffAmount: { __typename?: 'Money', fen: number }, byTender: Array<{ __typename?: 'ReportRow', key: string, count: number, amount: { __typename?: 'Money', fen: number } }>, refundsByTender: Array<{ __typename?: 'ReportRow', key: string, count: number, amount: { __typename?: 'Money', fen: number } }>, byGrade: Array<{ __typename?: 'ReportRow', key: string, count: number, volume: { __typename?: 'Volume', ml: number }, amount: { __typename?: 'Money', fen: number } }>, byNozzle: Array<{ __typename?: 'ReportRow', key: string, count: number, volume: { __typename?: 'Volume', ml: number }, amount: { __typename?: 'Money', fen: number } }>, meters: Array<{ __typename?: 'NozzleMeter', nozzleNumber: number, fuelingCount: number, flagged: boolean, opening?: { __typename?: 'MeterReading', readAt: string, source: MeterSource, totalizer: { __typename?: 'Volume', ml: number } } | null, closing?: { __typename?: 'MeterReading', readAt: string, source: MeterSource, totalizer: { __typename?: 'Volume', ml: number } } | null, metered?: { __typename?: 'Volume', ml: number } | null, fuelingVolume: { __typename?: 'Volume', ml: number }, difference?: { __typename?: 'Volume', ml: number } | null }>, shifts: Array<{ __typename?: 'Shift', id: string, number: number, status: ShiftStatus, cashierName?: string | null, openedAt: string, closedAt?: string | null, overShortReason?: string | null, openingCash: { __typename?: 'Money', fen: number }, expectedCash?: { __typename?: 'Money', fen: number } | null, countedCash?: { __typename?: 'Money', fen: number } | null, overShort?: { __typename?: 'Money', fen: number } | null }> };

export type ShiftReportViewQueryVariables = Exact<{
  shiftId: Scalars['ID']['input'];
}>;


export type ShiftReportViewQuery = { __typename?: 'Query', shiftReport: { __typename?: 'SalesReport', title: string, stationName: string, orders: number, driveOffs: number, sales: { __typename?: 'Money', fen: number }, refunds: { __typename?: 'Money', fen: number }, driveOffAmount: { __typename?: 'Money', fen: number }, byTender: Array<{ __typename?: 'ReportRow', key: string, count: number, amount: { __typename?: 'Money', fen: number } }>, refundsByTender: Array<{ __typename?: 'ReportRow', key: string, count: number, amount: { __typename?: 'Money', fen: number } }>, byGrade: Array<{ __typename?: 'ReportRow', key: string, count: number, volume: { __typename?: 'Volume', ml: number }, amount: { __typename?: 'Money', fen: number } }>, byNozzle: Array<{ __typename?: 'ReportRow', key: string, count: number, volume: { __typename?: 'Volume', ml: number }, amount: { __typename?: 'Money', fen: number } }>, meters: Array<{ __typename?: 'NozzleMeter', nozzleNumber: number, fuelingCount: number, flagged: boolean, opening?: { __typename?: 'MeterReading', readAt: string, source: MeterSource, totalizer: { __typename?: 'Volume', ml: number } } | null, closing?: { __typename?: 'MeterReading', readAt: string, source: MeterSource, totalizer: { __typename?: 'Volume', ml: number } } | null, metered?: { __typename?: 'Volume', ml: number } | null, fuelingVolume: { __typename?: 'Volume', ml: number }, difference?: { __typename?: 'Volume', ml: number } | null }>, shifts: Array<{ __typename?: 'Shift', id: string, number: number, status: ShiftStatus, cashierName?: string | null, openedAt: string, closedAt?: string | null, overShortReason?: string | null, openingCash: { __typename?: 'Money', fen: number }, expectedCash?: { __typename?: 'Money', fen: number } | null, countedCash?: { __typename?: 'Money', fen: number } | null, overShort?: { __typename?: 'Money', fen: number } | null }> } };

export type ShiftReportWorkbookQueryVariables = Exact<{
  shiftId: Scalars['ID']['input'];
}>;


export type ShiftReportWorkbookQuery = { __typename?: 'Query', shiftReport: { __typename?: 'SalesReport', title: string, xlsx: string } };

export type DayReportViewQueryVariables = Exact<{
  stationId: Scalars['ID']['input'];
  day: Scalars['Date']['input'];
}>;


export type DayReportViewQuery = { __typename?: 'Query', dayReport: { __typename?: 'SalesReport', title: string, stationName: string, orders: number, driveOffs: number, dayClose?: { __typename?: 'DayClose', businessDate: any, closedAt: string, closedByName?: string | null, remark?: string | null, shiftCount: number, orders: number, sales: { __typename?: 'Money', fen: number }, refunds: { __typename?: 'Money', fen: number }, overShort: { __typename?: 'Money', fen: number } } | null, sales: { __typename?: 'Money', fen: number }, refunds: { __typename?: 'Money', fen: number }, driveOffAmount: { __typename?: 'Money', fen: number }, byTender: Array<{ __typename?: 'ReportRow', key: string, count: number, amount: { __typename?: 'Money', fen: number } }>, refundsByTender: Array<{ __typename?: 'ReportRow', key: string, count: number, amount: { __typename?: 'Money', fen: number } }>, byGrade: Array<{ __typename?: 'ReportRow', key: string, count: number, volume: { __typename?: 'Volume', ml: number }, amount: { __typename?: 'Money', fen: number } }>, byNozzle: Array<{ __typename?: 'ReportRow', key: string, count: number, volume: { __typename?: 'Volume', ml: number }, amount: { __typename?: 'Money', fen: number } }>, meters: Array<{ __typename?: 'NozzleMeter', nozzleNumber: number, fuelingCount: number, flagged: boolean, opening?: { __typename?: 'MeterReading', readAt: string, source: MeterSource, totalizer: { __typename?: 'Volume', ml: number } } | null, closing?: { __typename?: 'MeterReading', readAt: string, source: MeterSource, totalizer: { __typename?: 'Volume', ml: number } } | null, metered?: { __typename?: 'Volume', ml: number } | null, fuelingVolume: { __typename?: 'Volume', ml: number }, difference?: { __typename?: 'Volume', ml: number } | null }>, shifts: Array<{ __typename?: 'Shift', id: string, number: number, status: ShiftStatus, cashierName?: string | null, openedAt: string, closedAt?: string | null, overShortReason?: string | null, openingCash: { __typename?: 'Money', fen: number }, expectedCash?: { __typename?: 'Money', fen: number } | null, countedCash?: { __typename?: 'Money', fen: number } | null, overShort?: { __typename?: 'Money', fen: number } | null }> } };

export type DayReportWorkbookQueryVariables = Exact<{
  stationId: Scalars['ID']['input'];
  day: Scalars['Date']['input'];
}>;


export type DayReportWorkbookQuery = { __typename?: 'Query', dayReport: { __typename?: 'SalesReport', title: string, xlsx: string } };

export type DayCloseSubmitMutationVariables = Exact<{
  input: DayCloseInput;
}>;


export type DayCloseSubmitMutation = { __typename?: 'Mutation', dayClose: { __typename?: 'DayClosePayload', replay: boolean, dayClose?: { __typename?: 'DayClose', businessDate: any, closedAt: string, closedByName?: string | null, remark?: string | null } | null, errors: Array<{ __typename?: 'DayCloseError', field?: string | null, code: DayCloseErrorCode, message: string }> } };

export type StaffUsersQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StaffUserFilter>;
}>;


export type StaffUsersQuery = { __typename?: 'Query', staffUsers: { __typename?: 'StaffUserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'StaffUserEdge', node: { __typename?: 'StaffUser', id: string, username: string, name: string, mobile?: string | null, employeeCode?: string | null, isActive: boolean, lastLoginAt?: string | null, stations: Array<{ __typename?: 'Station', id: string, code: string, name: string }>, grants: Array<{ __typename?: 'Grant', id: string, scope: GrantScope, role: { __typename?: 'Role', id: string, name: string }, regions: Array<{ __typename?: 'Region', id: string, name: string }>, stations: Array<{ __typename?: 'Station', id: string, code: string, name: string }> }> } }> } };

export type StaffUserCreateMutationVariables = Exact<{
  input: StaffUserCreateInput;
}>;


export type StaffUserCreateMutation = { __typename?: 'Mutation', staffUserCreate: { __typename?: 'StaffUserPayload', staffUser?: { __typename?: 'StaffUser', id: string, username: string } | null, errors: Array<{ __typename?: 'StaffUserError', field?: string | null, message: string, code: StaffUserErrorCode }> } };

export type StaffUserUpdateMutationVariables = Exact<{
  input: StaffUserUpdateInput;
}>;


export type StaffUserUpdateMutation = { __typename?: 'Mutation', staffUserUpdate: { __typename?: 'StaffUserPayload', staffUser?: { __typename?: 'StaffUser', id: string } | null, errors: Array<{ __typename?: 'StaffUserError', field?: string | null, message: string, code: StaffUserErrorCode }> } };

export type StaffUserActiveSetMutationVariables = Exact<{
  input: StaffUserActiveSetInput;
}>;


export type StaffUserActiveSetMutation = { __typename?: 'Mutation', staffUserActiveSet: { __typename?: 'StaffUserPayload', staffUser?: { __typename?: 'StaffUser', id: string, isActive: boolean } | null, errors: Array<{ __typename?: 'StaffUserError', field?: string | null, message: string, code: StaffUserErrorCode }> } };

export type StaffUserPasswordResetMutationVariables = Exact<{
  input: StaffUserPasswordResetInput;
}>;


export type StaffUserPasswordResetMutation = { __typename?: 'Mutation', staffUserPasswordReset: { __typename?: 'StaffUserPayload', staffUser?: { __typename?: 'StaffUser', id: string } | null, errors: Array<{ __typename?: 'StaffUserError', field?: string | null, message: string, code: StaffUserErrorCode }> } };

export type StaffUserGrantsSetMutationVariables = Exact<{
  input: StaffUserGrantsSetInput;
}>;


export type StaffUserGrantsSetMutation = { __typename?: 'Mutation', staffUserGrantsSet: { __typename?: 'StaffUserPayload', staffUser?: { __typename?: 'StaffUser', id: string } | null, errors: Array<{ __typename?: 'StaffUserError', field?: string | null, message: string, code: StaffUserErrorCode }> } };

export type StationFieldsFragment = { __typename?: 'Station', id: string, code: string, name: string, address?: string | null, phone?: string | null, latitude?: string | null, longitude?: string | null, openingHours?: string | null, photoUrl?: string | null, status: StationStatus, timeZone: string, createdAt: string, region?: { __typename?: 'Region', id: string, name: string } | null };

export type StationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StationFilter>;
}>;


export type StationsQuery = { __typename?: 'Query', stations: { __typename?: 'StationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'StationEdge', node: { __typename?: 'Station', id: string, code: string, name: string, address?: string | null, phone?: string | null, latitude?: string | null, longitude?: string | null, openingHours?: string | null, photoUrl?: string | null, status: StationStatus, timeZone: string, createdAt: string, region?: { __typename?: 'Region', id: string, name: string } | null } }> } };

export type StationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StationQuery = { __typename?: 'Query', station?: { __typename?: 'Station', id: string, code: string, name: string, address?: string | null, phone?: string | null, latitude?: string | null, longitude?: string | null, openingHours?: string | null, photoUrl?: string | null, status: StationStatus, timeZone: string, createdAt: string, region?: { __typename?: 'Region', id: string, name: string } | null } | null };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', id: string, code: string, name: string }> };

export type StationCreateMutationVariables = Exact<{
  input: StationCreateInput;
}>;


export type StationCreateMutation = { __typename?: 'Mutation', stationCreate: { __typename?: 'StationPayload', station?: { __typename?: 'Station', id: string, code: string, name: string } | null, errors: Array<{ __typename?: 'StationError', field?: string | null, message: string, code: StationErrorCode }> } };

export type StationUpdateMutationVariables = Exact<{
  input: StationUpdateInput;
}>;


export type StationUpdateMutation = { __typename?: 'Mutation', stationUpdate: { __typename?: 'StationPayload', station?: { __typename?: 'Station', id: string, code: string, name: string } | null, errors: Array<{ __typename?: 'StationError', field?: string | null, message: string, code: StationErrorCode }> } };

export type StationCloseMutationVariables = Exact<{
  input: StationCloseInput;
}>;


export type StationCloseMutation = { __typename?: 'Mutation', stationClose: { __typename?: 'StationPayload', station?: { __typename?: 'Station', id: string, status: StationStatus } | null, errors: Array<{ __typename?: 'StationError', field?: string | null, message: string, code: StationErrorCode }> } };

export type StationReopenMutationVariables = Exact<{
  input: StationReopenInput;
}>;


export type StationReopenMutation = { __typename?: 'Mutation', stationReopen: { __typename?: 'StationPayload', station?: { __typename?: 'Station', id: string, status: StationStatus } | null, errors: Array<{ __typename?: 'StationError', field?: string | null, message: string, code: StationErrorCode }> } };

export const CardProductFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"named"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"allowsGoods"}},{"kind":"Field","name":{"kind":"Name","value":"goodsCategories"}},{"kind":"Field","name":{"kind":"Name","value":"stationIds"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"dailyCountLimit"}},{"kind":"Field","name":{"kind":"Name","value":"topUpMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUpMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perTransactionLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"passwordAbove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]} as unknown as DocumentNode<CardProductFieldsFragment, unknown>;
export const CardRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"allows"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perTransactionLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyCountLimit"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"named"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]} as unknown as DocumentNode<CardRowFieldsFragment, unknown>;
export const FleetBalanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FleetBalances"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"granted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditAvailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]} as unknown as DocumentNode<FleetBalanceFieldsFragment, unknown>;
export const FleetRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fleet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleCount"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetBalanceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FleetBalances"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"granted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditAvailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]} as unknown as DocumentNode<FleetRowFieldsFragment, unknown>;
export const LoyaltyProgramFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltyProgramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyProgram"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsValidityDays"}},{"kind":"Field","name":{"kind":"Name","value":"redeemPointsPerYuan"}},{"kind":"Field","name":{"kind":"Name","value":"redeemMinPoints"}},{"kind":"Field","name":{"kind":"Name","value":"redeemMaxSharePct"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedStacks"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedDiscounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"perLitre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}}]} as unknown as DocumentNode<LoyaltyProgramFieldsFragment, unknown>;
export const TierFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierPct"}},{"kind":"Field","name":{"kind":"Name","value":"minSpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}},{"kind":"Field","name":{"kind":"Name","value":"litres"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gradeDiscounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"perLitre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}}]} as unknown as DocumentNode<TierFieldsFragment, unknown>;
export const PointsRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointsRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PointsRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"multiplierPct"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<PointsRuleFieldsFragment, unknown>;
export const CertificationRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificationRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<CertificationRowFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"hasWechat"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsent"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsentAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"referrer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleType"}},{"kind":"Field","name":{"kind":"Name","value":"newEnergy"}}]}}]}}]} as unknown as DocumentNode<MemberFieldsFragment, unknown>;
export const OrderRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"cashierName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"vehiclePlate"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<OrderRowFieldsFragment, unknown>;
export const PaymentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"channelState"}},{"kind":"Field","name":{"kind":"Name","value":"channelMessage"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PaymentRowFragment, unknown>;
export const RefundRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefundRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefundRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"channelState"}},{"kind":"Field","name":{"kind":"Name","value":"channelRefundId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RefundRowFragment, unknown>;
export const PosOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehiclePlate"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"channelState"}},{"kind":"Field","name":{"kind":"Name","value":"channelMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}}]}}]}}]} as unknown as DocumentNode<PosOrderFieldsFragment, unknown>;
export const PosMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PosMemberFieldsFragment, unknown>;
export const PosCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"allows"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"named"}},{"kind":"Field","name":{"kind":"Name","value":"passwordAbove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUpMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUpMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PosCardFieldsFragment, unknown>;
export const PosTopUpPaymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosTopUpPayment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardTopUpPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PosCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"allows"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"named"}},{"kind":"Field","name":{"kind":"Name","value":"passwordAbove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUpMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUpMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PosTopUpPaymentFragment, unknown>;
export const SalesReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stationName"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"driveOffs"}},{"kind":"Field","name":{"kind":"Name","value":"sales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"driveOffAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundsByTender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"volume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byNozzle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"volume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nozzleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fuelingCount"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fuelingVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cashierName"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overShortReason"}},{"kind":"Field","name":{"kind":"Name","value":"openingCash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedCash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countedCash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overShort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]} as unknown as DocumentNode<SalesReportFieldsFragment, unknown>;
export const StationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Station"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StationFieldsFragment, unknown>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"allStations"}},{"kind":"Field","name":{"kind":"Name","value":"stations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const ApiKeyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyCreateMutation, ApiKeyCreateMutationVariables>;
export const ApiKeyRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyRevokeMutation, ApiKeyRevokeMutationVariables>;
export const AuditLogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogsQuery, AuditLogsQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TokenCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TokenRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"stations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const CardProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"named"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"allowsGoods"}},{"kind":"Field","name":{"kind":"Name","value":"goodsCategories"}},{"kind":"Field","name":{"kind":"Name","value":"stationIds"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"dailyCountLimit"}},{"kind":"Field","name":{"kind":"Name","value":"topUpMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUpMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perTransactionLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"passwordAbove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]} as unknown as DocumentNode<CardProductsQuery, CardProductsQueryVariables>;
export const CardFormOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardFormOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fuelGrades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CardFormOptionsQuery, CardFormOptionsQueryVariables>;
export const CardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CardFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"allows"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perTransactionLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyCountLimit"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"named"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]} as unknown as DocumentNode<CardsQuery, CardsQueryVariables>;
export const CardDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"principalToppedUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusGranted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLocked"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"allows"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perTransactionLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyCountLimit"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"named"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]} as unknown as DocumentNode<CardDetailQuery, CardDetailQueryVariables>;
export const CardCloseSplitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardCloseSplit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closeSplit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forfeitedBonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consumedPrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consumedBonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CardCloseSplitQuery, CardCloseSplitQueryVariables>;
export const CardStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heldBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heldAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CardStatementQuery, CardStatementQueryVariables>;
export const CardMemberOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardMemberOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CardMemberOptionsQuery, CardMemberOptionsQueryVariables>;
export const CardStationShiftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardStationShift"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentShift"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CardStationShiftQuery, CardStationShiftQueryVariables>;
export const CardProductSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardProductSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardProductSaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardProductSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardProductFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"named"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"allowsGoods"}},{"kind":"Field","name":{"kind":"Name","value":"goodsCategories"}},{"kind":"Field","name":{"kind":"Name","value":"stationIds"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"dailyCountLimit"}},{"kind":"Field","name":{"kind":"Name","value":"topUpMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUpMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perTransactionLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"passwordAbove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]} as unknown as DocumentNode<CardProductSaveMutation, CardProductSaveMutationVariables>;
export const CardIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CardIssueMutation, CardIssueMutationVariables>;
export const CardActivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardActivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardActivateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardActivate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CardActivateMutation, CardActivateMutationVariables>;
export const CardChildAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardChildAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardChildAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardChildAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CardChildAddMutation, CardChildAddMutationVariables>;
export const CardTopUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardTopUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardTopUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardTopUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replay"}},{"kind":"Field","name":{"kind":"Name","value":"topUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CardTopUpMutation, CardTopUpMutationVariables>;
export const CardAllocateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardAllocate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardAllocateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardAllocate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CardAllocateMutation, CardAllocateMutationVariables>;
export const CardTakeBackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardTakeBack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardTakeBackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardTakeBack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CardTakeBackMutation, CardTakeBackMutationVariables>;
export const CardFreezeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardFreeze"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardStateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardFreeze"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"allows"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CardFreezeMutation, CardFreezeMutationVariables>;
export const CardUnfreezeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardUnfreeze"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardStateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardUnfreeze"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"allows"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CardUnfreezeMutation, CardUnfreezeMutationVariables>;
export const CardReportLostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardReportLost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardStateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardReportLost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"allows"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CardReportLostMutation, CardReportLostMutationVariables>;
export const CardUnreportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardUnreport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardStateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardUnreport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"allows"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CardUnreportMutation, CardUnreportMutationVariables>;
export const CardDisableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardDisable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardStateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardDisable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"allows"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CardDisableMutation, CardDisableMutationVariables>;
export const CardEnableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardEnable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardStateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardEnable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"allows"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CardEnableMutation, CardEnableMutationVariables>;
export const CardCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"split"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forfeitedBonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consumedPrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consumedBonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CardCloseMutation, CardCloseMutationVariables>;
export const CardPhoneChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardPhoneChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardPhoneChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardPhoneChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CardPhoneChangeMutation, CardPhoneChangeMutationVariables>;
export const CardChildLimitsSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardChildLimitsSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardChildLimitsSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardChildLimitsSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"perTransactionLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyCountLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CardChildLimitsSetMutation, CardChildLimitsSetMutationVariables>;
export const CardPasswordCodeSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardPasswordCodeSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardPasswordCodeSendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardPasswordCodeSend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CardPasswordCodeSendMutation, CardPasswordCodeSendMutationVariables>;
export const CardPasswordSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CardPasswordSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardPasswordSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardPasswordSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLocked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CardPasswordSetMutation, CardPasswordSetMutationVariables>;
export const FleetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Fleets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FleetBalances"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"granted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditAvailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fleet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleCount"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetBalanceFields"}}]}}]}}]} as unknown as DocumentNode<FleetsQuery, FleetsQueryVariables>;
export const FleetDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"driverName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dailyAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyCount"}},{"kind":"Field","name":{"kind":"Name","value":"today"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bankReference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FleetBalances"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"granted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditAvailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fleet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleCount"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetBalanceFields"}}]}}]}}]} as unknown as DocumentNode<FleetDetailQuery, FleetDetailQueryVariables>;
export const FleetAdjustmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetAdjustments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetAdjustmentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetAdjustments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fleet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetAdjustmentsQuery, FleetAdjustmentsQueryVariables>;
export const FleetStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fleetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"xlsx"}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"granted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"closing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"granted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"stationName"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"volume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prepaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"granted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toppedUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]} as unknown as DocumentNode<FleetStatementQuery, FleetStatementQueryVariables>;
export const FleetSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FleetSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetSaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FleetSaveMutation, FleetSaveMutationVariables>;
export const FleetFreezeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FleetFreeze"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetFreeze"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FleetFreezeMutation, FleetFreezeMutationVariables>;
export const FleetUnfreezeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FleetUnfreeze"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetUnfreeze"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FleetUnfreezeMutation, FleetUnfreezeMutationVariables>;
export const FleetVehicleSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FleetVehicleSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetVehicleSaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetVehicleSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FleetVehicleSaveMutation, FleetVehicleSaveMutationVariables>;
export const FleetVehicleRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FleetVehicleRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetVehicleRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetVehicleRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FleetVehicleRemoveMutation, FleetVehicleRemoveMutationVariables>;
export const FleetTopUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FleetTopUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetReceiptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetTopUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FleetTopUpMutation, FleetTopUpMutationVariables>;
export const FleetPaymentRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FleetPaymentRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetReceiptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetPaymentRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FleetPaymentRecordMutation, FleetPaymentRecordMutationVariables>;
export const FleetAdjustmentRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FleetAdjustmentRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetAdjustmentRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetAdjustmentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FleetAdjustmentRequestMutation, FleetAdjustmentRequestMutationVariables>;
export const FleetAdjustmentApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FleetAdjustmentApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetAdjustmentDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetAdjustmentApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FleetAdjustmentApproveMutation, FleetAdjustmentApproveMutationVariables>;
export const FleetAdjustmentRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FleetAdjustmentReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetAdjustmentDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetAdjustmentReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FleetAdjustmentRejectMutation, FleetAdjustmentRejectMutationVariables>;
export const FleetAdministratorAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FleetAdministratorAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetAdministratorAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetAdministratorAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FleetAdministratorAddMutation, FleetAdministratorAddMutationVariables>;
export const FleetAdministratorRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FleetAdministratorRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetAdministratorRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetAdministratorRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FleetAdministratorRemoveMutation, FleetAdministratorRemoveMutationVariables>;
export const DispensersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dispensers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispensers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hubPort"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"nozzles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liveState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DispensersQuery, DispensersQueryVariables>;
export const FuelGradesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FuelGrades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fuelGrades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"densityGPerL"}}]}}]}}]} as unknown as DocumentNode<FuelGradesQuery, FuelGradesQueryVariables>;
export const DispenserSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispenserSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispenserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispenserSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispenser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DispenserSaveMutation, DispenserSaveMutationVariables>;
export const NozzleSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NozzleSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NozzleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nozzleSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nozzle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NozzleSaveMutation, NozzleSaveMutationVariables>;
export const ForecourtConfigDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForecourtConfigDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForecourtConfigDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecourtConfigDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ForecourtConfigDeleteMutation, ForecourtConfigDeleteMutationVariables>;
export const TanksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tanks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tanks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMl"}},{"kind":"Field","name":{"kind":"Name","value":"gaugeId"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TanksQuery, TanksQueryVariables>;
export const FuelGradeSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FuelGradeSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FuelGradeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fuelGradeSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FuelGradeSaveMutation, FuelGradeSaveMutationVariables>;
export const TankSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TankSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TankInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tankSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TankSaveMutation, TankSaveMutationVariables>;
export const FuelingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Fuelings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FuelingFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fuelings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ttc"}},{"kind":"Field","name":{"kind":"Name","value":"nozzleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"amountMismatch"}},{"kind":"Field","name":{"kind":"Name","value":"cardNo"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"computedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FuelingsQuery, FuelingsQueryVariables>;
export const AnomaliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Anomalies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolved"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolved"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnomaliesQuery, AnomaliesQueryVariables>;
export const AuditActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"logins"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]}}]} as unknown as DocumentNode<AuditActivityQuery, AuditActivityQueryVariables>;
export const LoyaltySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoyaltySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loyaltyProgram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoyaltyProgramFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PointsRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltyProgramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyProgram"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsValidityDays"}},{"kind":"Field","name":{"kind":"Name","value":"redeemPointsPerYuan"}},{"kind":"Field","name":{"kind":"Name","value":"redeemMinPoints"}},{"kind":"Field","name":{"kind":"Name","value":"redeemMaxSharePct"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedStacks"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedDiscounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"perLitre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierPct"}},{"kind":"Field","name":{"kind":"Name","value":"minSpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}},{"kind":"Field","name":{"kind":"Name","value":"litres"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gradeDiscounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"perLitre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointsRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PointsRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"multiplierPct"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<LoyaltySettingsQuery, LoyaltySettingsQueryVariables>;
export const LoyaltyGradesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoyaltyGrades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fuelGrades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoyaltyGradesQuery, LoyaltyGradesQueryVariables>;
export const LoyaltyProgramSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoyaltyProgramSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyProgramSaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loyaltyProgramSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoyaltyProgramFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltyProgramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyProgram"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsValidityDays"}},{"kind":"Field","name":{"kind":"Name","value":"redeemPointsPerYuan"}},{"kind":"Field","name":{"kind":"Name","value":"redeemMinPoints"}},{"kind":"Field","name":{"kind":"Name","value":"redeemMaxSharePct"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedStacks"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedDiscounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"perLitre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}}]} as unknown as DocumentNode<LoyaltyProgramSaveMutation, LoyaltyProgramSaveMutationVariables>;
export const TierSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TierSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TierSaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplierPct"}},{"kind":"Field","name":{"kind":"Name","value":"minSpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}},{"kind":"Field","name":{"kind":"Name","value":"litres"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gradeDiscounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"perLitre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}}]} as unknown as DocumentNode<TierSaveMutation, TierSaveMutationVariables>;
export const PointsRuleSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointsRuleSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsRuleSaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsRuleSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PointsRuleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointsRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PointsRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"multiplierPct"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<PointsRuleSaveMutation, PointsRuleSaveMutationVariables>;
export const CertificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Certifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificationRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificationRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<CertificationsQuery, CertificationsQueryVariables>;
export const CertificationDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificationDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"dataUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CertificationDocumentsQuery, CertificationDocumentsQueryVariables>;
export const CertificationReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CertificationReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificationRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificationRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<CertificationReviewMutation, CertificationReviewMutationVariables>;
export const LoyaltyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoyaltyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dateFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dateTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loyaltyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dateFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dateFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"dateTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dateTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"members"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"redeemed"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"refunded"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}}]}}]}}]}}]} as unknown as DocumentNode<LoyaltyReportQuery, LoyaltyReportQueryVariables>;
export const MemberPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tierHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromTier"}},{"kind":"Field","name":{"kind":"Name","value":"toTier"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}},{"kind":"Field","name":{"kind":"Name","value":"litres"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberPointsQuery, MemberPointsQueryVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"hasWechat"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsent"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsentAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"referrer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleType"}},{"kind":"Field","name":{"kind":"Name","value":"newEnergy"}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const MemberGrowthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberGrowth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberGrowth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registeredFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"registeredTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<MemberGrowthQuery, MemberGrowthQueryVariables>;
export const MemberExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberChannel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registeredFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"registeredTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"xlsx"}}]}}]}}]} as unknown as DocumentNode<MemberExportQuery, MemberExportQueryVariables>;
export const MemberProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"tierProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"progressPct"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"minSpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendToNext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volumeToNext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"hasWechat"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsent"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsentAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"referrer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleType"}},{"kind":"Field","name":{"kind":"Name","value":"newEnergy"}}]}}]}}]} as unknown as DocumentNode<MemberProfileQuery, MemberProfileQueryVariables>;
export const MemberCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberCards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberCardsQuery, MemberCardsQueryVariables>;
export const MemberOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberIds"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"vehiclePlate"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberOrdersQuery, MemberOrdersQueryVariables>;
export const MemberTagsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberTagsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MemberTagsUpdateMutation, MemberTagsUpdateMutationVariables>;
export const MerchantAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MerchantAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentMerchants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"mchId"}},{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"payeeName"}},{"kind":"Field","name":{"kind":"Name","value":"apiBaseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"platformKeySerials"}},{"kind":"Field","name":{"kind":"Name","value":"notificationsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"feeRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"jsapiConfigured"}},{"kind":"Field","name":{"kind":"Name","value":"miniProgramAppId"}},{"kind":"Field","name":{"kind":"Name","value":"merchantSerial"}}]}}]}}]} as unknown as DocumentNode<MerchantAccountsQuery, MerchantAccountsQueryVariables>;
export const MerchantAccountSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MerchantAccountSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentMerchantSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentMerchantSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"mchId"}},{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"payeeName"}},{"kind":"Field","name":{"kind":"Name","value":"jsapiConfigured"}},{"kind":"Field","name":{"kind":"Name","value":"miniProgramAppId"}},{"kind":"Field","name":{"kind":"Name","value":"merchantSerial"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MerchantAccountSetMutation, MerchantAccountSetMutationVariables>;
export const OrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"cashierName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"vehiclePlate"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;
export const OrderByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"cashierName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"vehiclePlate"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<OrderByIdQuery, OrderByIdQueryVariables>;
export const RefundCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefundCreateMutation, RefundCreateMutationVariables>;
export const OrderDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"discounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderDetailQuery, OrderDetailQueryVariables>;
export const PaymentListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"channelState"}},{"kind":"Field","name":{"kind":"Name","value":"channelMessage"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PaymentListQuery, PaymentListQueryVariables>;
export const PaymentExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"channelState"}},{"kind":"Field","name":{"kind":"Name","value":"channelMessage"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PaymentExportQuery, PaymentExportQueryVariables>;
export const RefundListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RefundList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RefundRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefundRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefundRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"channelState"}},{"kind":"Field","name":{"kind":"Name","value":"channelRefundId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RefundListQuery, RefundListQueryVariables>;
export const RefundExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RefundExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RefundRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefundRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefundRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"channelState"}},{"kind":"Field","name":{"kind":"Name","value":"channelRefundId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RefundExportQuery, RefundExportQueryVariables>;
export const PosCardLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PosCardLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PosCardFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"allows"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"named"}},{"kind":"Field","name":{"kind":"Name","value":"passwordAbove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUpMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUpMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PosCardLookupQuery, PosCardLookupQueryVariables>;
export const PosCardTopUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PosCardTopUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardTopUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardTopUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replay"}},{"kind":"Field","name":{"kind":"Name","value":"topUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PosCardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"allows"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"named"}},{"kind":"Field","name":{"kind":"Name","value":"passwordAbove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUpMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUpMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PosCardTopUpMutation, PosCardTopUpMutationVariables>;
export const PosMemberPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PosMemberPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"redeemableValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"loyaltyProgram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemPointsPerYuan"}},{"kind":"Field","name":{"kind":"Name","value":"redeemMinPoints"}},{"kind":"Field","name":{"kind":"Name","value":"redeemMaxSharePct"}}]}}]}}]} as unknown as DocumentNode<PosMemberPointsQuery, PosMemberPointsQueryVariables>;
export const CurrentShiftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentShift"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentShift"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cashierName"}},{"kind":"Field","name":{"kind":"Name","value":"openingCash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cashInDrawer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenderTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CurrentShiftQuery, CurrentShiftQueryVariables>;
export const ShiftOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShiftOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShiftOpenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shiftOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShiftOpenMutation, ShiftOpenMutationVariables>;
export const ShiftCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShiftClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShiftCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shiftClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countedCash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overShort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShiftCloseMutation, ShiftCloseMutationVariables>;
export const PosCheckoutQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PosCheckoutQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkoutQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"discounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PosCheckoutQuoteQuery, PosCheckoutQuoteQueryVariables>;
export const CheckoutCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckoutCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkoutCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replay"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PosOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"receiptHtml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehiclePlate"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"channelState"}},{"kind":"Field","name":{"kind":"Name","value":"channelMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}}]}}]}}]} as unknown as DocumentNode<CheckoutCreateMutation, CheckoutCreateMutationVariables>;
export const PaymentRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentRefresh"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paymentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PosOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"receiptHtml"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehiclePlate"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"channelState"}},{"kind":"Field","name":{"kind":"Name","value":"channelMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}}]}}]}}]} as unknown as DocumentNode<PaymentRefreshMutation, PaymentRefreshMutationVariables>;
export const PosGoodsLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PosGoodsLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodsItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PosGoodsLookupQuery, PosGoodsLookupQueryVariables>;
export const PosMemberLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PosMemberLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberLookup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}},{"kind":"Argument","name":{"kind":"Name","value":"plate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plate"}}},{"kind":"Argument","name":{"kind":"Name","value":"memberCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"cardNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PosMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PosMemberLookupQuery, PosMemberLookupQueryVariables>;
export const PosMemberRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PosMemberRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PosMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PosMemberRegisterMutation, PosMemberRegisterMutationVariables>;
export const PosShiftOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PosShiftOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shiftId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"shiftId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shiftId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PosOrderFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehiclePlate"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"channelState"}},{"kind":"Field","name":{"kind":"Name","value":"channelMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}}]}}]}}]} as unknown as DocumentNode<PosShiftOrdersQuery, PosShiftOrdersQueryVariables>;
export const PosOrderReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PosOrderReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"receiptHtml"}}]}}]}}]}}]} as unknown as DocumentNode<PosOrderReceiptQuery, PosOrderReceiptQueryVariables>;
export const PosOrderVoidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PosOrderVoid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderVoid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PosOrderVoidMutation, PosOrderVoidMutationVariables>;
export const PosFuelingDriveOffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PosFuelingDriveOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fuelingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fuelingDriveOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fuelingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fuelingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PosFuelingDriveOffMutation, PosFuelingDriveOffMutationVariables>;
export const PosRefundCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PosRefundCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PosOrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehiclePlate"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"channelState"}},{"kind":"Field","name":{"kind":"Name","value":"channelMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}}]}}]}}]} as unknown as DocumentNode<PosRefundCreateMutation, PosRefundCreateMutationVariables>;
export const NozzleStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NozzleStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nozzleStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nozzle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<NozzleStatusChangedSubscription, NozzleStatusChangedSubscriptionVariables>;
export const DispenserLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispenserLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispensers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"up"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]} as unknown as DocumentNode<DispenserLinksQuery, DispenserLinksQueryVariables>;
export const PosShiftCashDropDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PosShiftCashDrop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shiftId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amountFen"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shiftCashDrop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shiftId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shiftId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amountFen"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amountFen"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replay"}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PosShiftCashDropMutation, PosShiftCashDropMutationVariables>;
export const PosShiftHandOverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PosShiftHandOver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShiftCloseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nextCashierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shiftHandOver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"nextCashierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nextCashierId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cashierName"}},{"kind":"Field","name":{"kind":"Name","value":"openingCash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PosShiftHandOverMutation, PosShiftHandOverMutationVariables>;
export const PosNextCashiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PosNextCashiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stationCashiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<PosNextCashiersQuery, PosNextCashiersQueryVariables>;
export const PosCardTopUpByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PosCardTopUpByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardTopUpByCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardTopUpByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replay"}},{"kind":"Field","name":{"kind":"Name","value":"topUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PosTopUpPayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"allows"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"named"}},{"kind":"Field","name":{"kind":"Name","value":"passwordAbove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUpMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUpMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosTopUpPayment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardTopUpPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PosCardFields"}}]}}]}}]} as unknown as DocumentNode<PosCardTopUpByCodeMutation, PosCardTopUpByCodeMutationVariables>;
export const PosCardTopUpPaymentRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PosCardTopUpPaymentRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardTopUpPaymentRefresh"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PosTopUpPayment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"allows"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"named"}},{"kind":"Field","name":{"kind":"Name","value":"passwordAbove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUpMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUpMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PosTopUpPayment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardTopUpPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PosCardFields"}}]}}]}}]} as unknown as DocumentNode<PosCardTopUpPaymentRefreshMutation, PosCardTopUpPaymentRefreshMutationVariables>;
export const PriceBookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriceBook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceBook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}}]}}]}}]} as unknown as DocumentNode<PriceBookQuery, PriceBookQueryVariables>;
export const PriceChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriceChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceChangeStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"needsApproval"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PriceChangesQuery, PriceChangesQueryVariables>;
export const PriceChangeCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PriceChangeCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceChangeCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceChangeCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PriceChangeCreateMutation, PriceChangeCreateMutationVariables>;
export const PriceChangeApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PriceChangeApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceChangeDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceChangeApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PriceChangeApproveMutation, PriceChangeApproveMutationVariables>;
export const PriceChangeRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PriceChangeReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceChangeDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceChangeReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PriceChangeRejectMutation, PriceChangeRejectMutationVariables>;
export const PriceChangeCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PriceChangeCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceChangeDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceChangeCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PriceChangeCancelMutation, PriceChangeCancelMutationVariables>;
export const RolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"isBuiltin"}}]}}]}}]} as unknown as DocumentNode<RolesQuery, RolesQueryVariables>;
export const PermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"group"}}]}}]}}]} as unknown as DocumentNode<PermissionsQuery, PermissionsQueryVariables>;
export const RoleCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoleCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RoleCreateMutation, RoleCreateMutationVariables>;
export const RoleUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoleUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RoleUpdateMutation, RoleUpdateMutationVariables>;
export const RoleDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoleDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RoleDeleteMutation, RoleDeleteMutationVariables>;
export const ShiftListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShiftList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ShiftFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shifts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cashierName"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overShortReason"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openingCash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedCash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countedCash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overShort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShiftListQuery, ShiftListQueryVariables>;
export const ShiftCashiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShiftCashiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShiftCashiersQuery, ShiftCashiersQueryVariables>;
export const ShiftReportViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShiftReportView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shiftId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shiftReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shiftId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shiftId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SalesReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stationName"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"driveOffs"}},{"kind":"Field","name":{"kind":"Name","value":"sales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"driveOffAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundsByTender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"volume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byNozzle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"volume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nozzleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fuelingCount"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fuelingVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cashierName"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overShortReason"}},{"kind":"Field","name":{"kind":"Name","value":"openingCash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedCash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countedCash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overShort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]} as unknown as DocumentNode<ShiftReportViewQuery, ShiftReportViewQueryVariables>;
export const ShiftReportWorkbookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShiftReportWorkbook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shiftId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shiftReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shiftId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shiftId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"xlsx"}}]}}]}}]} as unknown as DocumentNode<ShiftReportWorkbookQuery, ShiftReportWorkbookQueryVariables>;
export const DayReportViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DayReportView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SalesReportFields"}},{"kind":"Field","name":{"kind":"Name","value":"dayClose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedByName"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"shiftCount"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"sales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overShort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stationName"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"driveOffs"}},{"kind":"Field","name":{"kind":"Name","value":"sales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"driveOffAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundsByTender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"volume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byNozzle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"volume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nozzleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fuelingCount"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fuelingVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ml"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cashierName"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overShortReason"}},{"kind":"Field","name":{"kind":"Name","value":"openingCash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedCash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countedCash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overShort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]} as unknown as DocumentNode<DayReportViewQuery, DayReportViewQueryVariables>;
export const DayReportWorkbookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DayReportWorkbook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"xlsx"}}]}}]}}]} as unknown as DocumentNode<DayReportWorkbookQuery, DayReportWorkbookQueryVariables>;
export const DayCloseSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DayCloseSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DayCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replay"}},{"kind":"Field","name":{"kind":"Name","value":"dayClose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedByName"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DayCloseSubmitMutation, DayCloseSubmitMutationVariables>;
export const StaffUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUserFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCode"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"stations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffUsersQuery, StaffUsersQueryVariables>;
export const StaffUserCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffUserCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUserCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUserCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffUserCreateMutation, StaffUserCreateMutationVariables>;
export const StaffUserUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffUserUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUserUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUserUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffUserUpdateMutation, StaffUserUpdateMutationVariables>;
export const StaffUserActiveSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffUserActiveSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUserActiveSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUserActiveSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffUserActiveSetMutation, StaffUserActiveSetMutationVariables>;
export const StaffUserPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffUserPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUserPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUserPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffUserPasswordResetMutation, StaffUserPasswordResetMutationVariables>;
export const StaffUserGrantsSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffUserGrantsSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUserGrantsSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUserGrantsSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffUserGrantsSetMutation, StaffUserGrantsSetMutationVariables>;
export const StationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Station"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StationsQuery, StationsQueryVariables>;
export const StationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Station"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"station"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Station"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StationQuery, StationQueryVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const StationCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StationCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StationCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stationCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StationCreateMutation, StationCreateMutationVariables>;
export const StationUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StationUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StationUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stationUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StationUpdateMutation, StationUpdateMutationVariables>;
export const StationCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StationClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StationCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stationClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StationCloseMutation, StationCloseMutationVariables>;
export const StationReopenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StationReopen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StationReopenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stationReopen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StationReopenMutation, StationReopenMutationVariables>;