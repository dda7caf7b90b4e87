import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { role } from './enums.ts';
import { consortia } from './consortia.ts';

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    isActive: boolean('is_active').notNull().default(true),
    // The language mails are written in; null: Dutch.
    preferredLocale: text('preferred_locale'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('users_email_lowercase', sql`${t.email} = lower(${t.email})`),
    check('users_preferred_locale', sql`${t.preferredLocale} in ('nl', 'en')`),
  ],
);

// A coordinator's role is scoped to one consortium; the other roles are programme-wide.
export const userRoles = pgTable(
  'user_roles',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: role('role').notNull(),
    consortiumId: integer('consortium_id').references(() => consortia.id),
  },
  (t) => [
    unique('user_roles_user_role_consortium').on(t.userId, t.role, t.consortiumId),
    check('user_roles_scope', sql`(${t.role} = 'coordinator') = (${t.consortiumId} IS NOT NULL)`),
  ],
);

// Sessions live in the database so several app instances can share them; the id is the SHA-256 of the cookie token.
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    csrfToken: text('csrf_token').notNull(),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);
