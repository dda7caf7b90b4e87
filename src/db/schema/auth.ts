import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { consortia } from './consortia.ts';
import { mailStatus, role } from './enums.ts';
import { users } from './users.ts';

// One-time tokens are stored only as SHA-256 hashes: a leaked table grants nothing.

export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('password_reset_tokens_user_idx').on(t.userId)],
);

// The user row is made when the invitation is accepted; until then only this row exists.
export const invitations = pgTable(
  'invitations',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    role: role('role').notNull(),
    consortiumId: integer('consortium_id').references(() => consortia.id),
    tokenHash: text('token_hash').notNull().unique(),
    invitedByUserId: integer('invited_by_user_id').references(() => users.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('invitations_email_idx').on(t.email),
    check('invitations_email_lowercase', sql`${t.email} = lower(${t.email})`),
    check('invitations_scope', sql`(${t.role} = 'coordinator') = (${t.consortiumId} IS NOT NULL)`),
  ],
);

// Failed logins per account and address, in the database so every instance sees the same count.
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_email_ip_idx').on(t.email, t.ip, t.attemptedAt)],
);

// Every mail the app sends: written with the change that caused it, then sent over SMTP when configured.
// Without SMTP a mail stays `wachtend` and is read here (development). `dedupe_key` makes a reminder
// at most once per report period, kind and recipient, however many instances or runs try.
export const outbox = pgTable(
  'outbox',
  {
    id: serial('id').primaryKey(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    kind: text('kind'),
    status: mailStatus('status').notNull().default('wachtend'),
    error: text('error'),
    dedupeKey: text('dedupe_key').unique('outbox_dedupe_key'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('outbox_created_idx').on(t.createdAt), index('outbox_status_idx').on(t.status)],
);

// An OpenID Connect identity (issuer + subject) linked to one of our users; roles stay ours.
export const userIdentities = pgTable(
  'user_identities',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    emailVerified: boolean('email_verified').notNull().default(false),
    // Set when the identity was bound by opening an invitation and then signing in (no verified e-mail needed).
    invitationId: integer('invitation_id').references(() => invitations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('user_identities_issuer_subject').on(t.issuer, t.subject), index('user_identities_user_idx').on(t.userId)],
);
