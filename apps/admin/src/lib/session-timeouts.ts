/** Idle limit: the session token lives this long after the last page view. */
export const IDLE_TIMEOUT_S = 30 * 60;
/** Absolute limit: counted from the login time stored in the token, never extended. */
export const ABSOLUTE_TIMEOUT_S = 8 * 60 * 60;
