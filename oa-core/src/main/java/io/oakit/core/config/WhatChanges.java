package io.oakit.core.config;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.oakit.core.Copies;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlinePolicy;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.org.Organization;
import io.oakit.core.routing.Router;
import io.oakit.core.routing.RoutingDecision;
import io.oakit.core.supervision.SupervisionItem;
import io.oakit.core.supervision.scoring.AssessmentPeriod;
import io.oakit.core.supervision.scoring.ScoreSheet;
import io.oakit.core.supervision.scoring.Scoring;
import io.oakit.core.supervision.scoring.ScoringPolicy;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What changes before an administrator saves a new version: given the version in force and the edited
 * one, and the documents (or items) they would apply to, the ones whose routing, due date or score would
 * differ, how, and both explanations. Nothing is stored; the same input gives the same answer.
 */
public final class WhatChanges {

  private WhatChanges() {}

  /**
   * A document routed differently.
   *
   * @param document the document
   * @param before the decision of the version in force
   * @param after the decision of the edited version
   */
  public record Routing(DocumentProfile document, RoutingDecision before, RoutingDecision after) {
    /** @return e.g. {@code 发-7: [zhou] → [qian]}, the people of each step in order */
    public String summary() {
      return document.id() + ": " + people(before) + " → " + people(after);
    }
  }

  /**
   * A document due at another instant.
   *
   * @param document the document
   * @param start when its period starts
   * @param ruleBefore the rule of the version in force
   * @param dueBefore its due instant
   * @param ruleAfter the rule of the edited version
   * @param dueAfter its due instant
   * @param explanationBefore how the first was found
   * @param explanationAfter how the second was found
   */
  public record Deadline(DocumentProfile document, LocalDateTime start, DeadlineRule ruleBefore, LocalDateTime dueBefore,
      DeadlineRule ruleAfter, LocalDateTime dueAfter, List<String> explanationBefore, List<String> explanationAfter) {
    /**
     * Copies the collections it is given.
     *
     * @param document the document
     * @param start when its period starts
     * @param ruleBefore the rule of the version in force
     * @param dueBefore its due instant
     * @param ruleAfter the rule of the edited version
     * @param dueAfter its due instant
     * @param explanationBefore how the first was found
     * @param explanationAfter how the second was found
     */
    public Deadline {
      explanationBefore = Copies.list(explanationBefore);
      explanationAfter = Copies.list(explanationAfter);
    }

    /** @return e.g. {@code 收-3: 7 working days due 2026-10-12T17:30 → 5 working days due 2026-10-08T17:30} */
    public String summary() {
      return document.id() + ": " + ruleBefore + " due " + dueBefore + " → " + ruleAfter + " due " + dueAfter;
    }
  }

  /**
   * A unit scored differently.
   *
   * @param unit the unit
   * @param before its sheet under the card in force (lines explain each point)
   * @param after its sheet under the edited card
   */
  public record Score(String unit, ScoreSheet before, ScoreSheet after) {
    /** @return e.g. {@code 交通局: 94.00 → 91.00} */
    public String summary() {
      return unit + ": " + before.total().toPlainString() + " → " + after.total().toPlainString();
    }

    /** @return the difference, after minus before */
    public BigDecimal difference() {
      return after.total().subtract(before.total());
    }
  }

  /**
   * The documents whose routing differs between two rule sets (or any two routers): the people of a step,
   * their order, a step's mode or required signatures, the copies, or who is owed the document.
   *
   * @param before the router of the version in force
   * @param after the router of the edited version
   * @param organization the organisation to route in
   * @param documents the documents to try
   * @param at the instant to route at (absences)
   * @return the changed documents, in the order given
   */
  public static ImmutableList<Routing> routing(Router before, Router after, Organization organization,
      Collection<DocumentProfile> documents, LocalDateTime at) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    requireNonNull(organization, "organization");
    requireNonNull(documents, "documents");
    requireNonNull(at, "at");
    List<Routing> out = new ArrayList<>();
    for (DocumentProfile d : documents) {
      RoutingDecision a = before.route(d, organization, at);
      RoutingDecision b = after.route(d, organization, at);
      if (!shape(a).equals(shape(b))) {
        out.add(new Routing(d, a, b));
      }
    }
    return ImmutableList.copyOf(out);
  }

  /** What a routing decision decides: steps (mode, people in order, required), copies and who is owed. */
  private static List<Object> shape(RoutingDecision d) {
    List<Object> s = new ArrayList<>();
    for (RoutingDecision.Step step : d.steps()) {
      s.add(List.of(step.mode(), step.assignees().stream().map(RoutingDecision.Assignment::personId).toList(),
          step.required()));
    }
    s.add(d.copies().stream().map(RoutingDecision.Assignment::personId).toList());
    s.add(new TreeSet<>(d.owed().stream().map(RoutingDecision.Owed::personId).toList()));
    return s;
  }

  private static List<List<String>> people(RoutingDecision d) {
    return d.steps().stream().map(s -> s.assignees().stream().map(RoutingDecision.Assignment::personId).toList()).toList();
  }

  /**
   * The documents whose due instant differs between two deadline policies, each counted from its start.
   *
   * @param before the policy in force
   * @param after the edited policy
   * @param calendar the work calendar
   * @param starts the documents and when their periods start
   * @return the changed documents, in the order given
   */
  public static ImmutableList<Deadline> deadlines(DeadlinePolicy before, DeadlinePolicy after, WorkCalendar calendar,
      Map<DocumentProfile, LocalDateTime> starts) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    requireNonNull(calendar, "calendar");
    requireNonNull(starts, "starts");
    List<Deadline> out = new ArrayList<>();
    starts.forEach((d, start) -> {
      DeadlineRule a = before.ruleFor(d.urgency(), d.kind());
      DeadlineRule b = after.ruleFor(d.urgency(), d.kind());
      DeadlineClock ca = DeadlineClock.start(a, calendar, start);
      DeadlineClock cb = DeadlineClock.start(b, calendar, start);
      if (!ca.due().equals(cb.due())) {
        out.add(new Deadline(d, start, a, ca.due(), b, cb.due(), ca.explain(), cb.explain()));
      }
    });
    return ImmutableList.copyOf(out);
  }

  /**
   * The units whose score for a period differs between two score cards.
   *
   * @param before the card in force
   * @param after the edited card
   * @param period the assessment period
   * @param items the items
   * @param asOf the scoring instant
   * @return the changed units, in unit order
   */
  public static ImmutableList<Score> scores(ScoringPolicy before, ScoringPolicy after, AssessmentPeriod period,
      Collection<SupervisionItem> items, LocalDateTime asOf) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    var a = Scoring.sheets(before, period, items, asOf);
    var b = Scoring.sheets(after, period, items, asOf);
    List<Score> out = new ArrayList<>();
    for (String unit : new TreeSet<>(a.keySet())) {
      if (a.get(unit).total().compareTo(b.get(unit).total()) != 0) {
        out.add(new Score(unit, a.get(unit), b.get(unit)));
      }
    }
    return ImmutableList.copyOf(out);
  }
}
