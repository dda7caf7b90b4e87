// The maintenance and report modules ask for the actor through this name; the session middleware sets it.
export { requirePortalActor as requireActorFromContext } from './portal-page.ts';
