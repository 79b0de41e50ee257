/**
 * The organisation: units (单位), departments, people with positions, protocol rank and
 * clearance, heads of departments, leaders in charge of areas (分管领导), deputies (代理人) and
 * absences (外出, 出差, 请假, 会议). Immutable and thread-safe; no method accepts or returns
 * {@code null} unless stated.
 */
package io.oakit.core.org;
