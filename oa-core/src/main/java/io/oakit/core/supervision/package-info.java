/**
 * Supervision (督查督办): items from leaders' instructions, meetings, higher authorities, hotlines
 * and petitions, their assignment to lead and co-units, urging, completion, review and the facts
 * derived from their history. Values are immutable and thread-safe; no method accepts or returns
 * {@code null}.
 */
package io.oakit.core.supervision;
