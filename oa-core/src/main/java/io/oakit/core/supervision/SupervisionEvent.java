package io.oakit.core.supervision;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** One entry of a supervision item's history. Every event has its instant. */
public sealed interface SupervisionEvent {

  /**
   * When it happened.
   *
   * @return the instant
   */
  LocalDateTime at();

  /**
   * @param at when
   * @param by who registered it (立项)
   */
  record Registered(LocalDateTime at, String by) implements SupervisionEvent {
    /**
     * Checks the arguments.
    *
    * @param at when
    * @param by who registered it (立项)
     */
    public Registered {
      requireNonNull(at, "at");
      requireNonNull(by, "by");
    }
  }

  /**
   * 交办.
   *
   * @param at when
   * @param by who assigned it
   * @param leadUnit the lead unit (主办)
   * @param coUnits the co-units (协办)
   */
  record Assigned(LocalDateTime at, String by, String leadUnit, List<String> coUnits) implements SupervisionEvent {
    /**
     * Checks the arguments.
    *
    * @param at when
    * @param by who registered it (立项)
    * @param coUnits the co-units (协办)
    * @param leadUnit the lead unit (主办)
     */
    public Assigned {
      requireNonNull(at, "at");
      requireNonNull(by, "by");
      requireNonNull(leadUnit, "leadUnit");
      coUnits = ImmutableList.copyOf(coUnits);
    }
  }

  /**
   * 签收.
   *
   * @param at when
   * @param unit which unit
   * @param person who
   */
  record SignedFor(LocalDateTime at, String unit, String person) implements SupervisionEvent {
    /**
     * Checks the arguments.
    *
    * @param at when
    * @param person who
    * @param unit which unit
     */
    public SignedFor {
      requireNonNull(at, "at");
      requireNonNull(unit, "unit");
      requireNonNull(person, "person");
    }
  }

  /**
   * 进展报告.
   *
   * @param at when
   * @param unit which unit
   * @param text the report
   */
  record ProgressReported(LocalDateTime at, String unit, String text) implements SupervisionEvent {
    /**
     * Checks the arguments.
    *
    * @param at when
    * @param text the report
    * @param unit which unit
     */
    public ProgressReported {
      requireNonNull(at, "at");
      requireNonNull(unit, "unit");
      requireNonNull(text, "text");
    }
  }

  /**
   * 转办: the item goes to another lead unit before its lead signed for it; the deadline runs on.
   *
   * @param at when
   * @param by who reassigned it
   * @param fromUnit the lead unit until then (now a former unit of the item)
   * @param toUnit the new lead unit
   * @param reason why
   */
  record Reassigned(LocalDateTime at, String by, String fromUnit, String toUnit, String reason)
      implements SupervisionEvent {
    /**
     * Checks the arguments.
    *
    * @param at when
    * @param by who registered it (立项)
     * @param fromUnit the lead unit until then (now a former unit of the item)
     * @param reason why
     * @param toUnit the new lead unit
     */
    public Reassigned {
      requireNonNull(at, "at");
      requireNonNull(by, "by");
      requireNonNull(fromUnit, "fromUnit");
      requireNonNull(toUnit, "toUnit");
      requireNonNull(reason, "reason");
    }
  }

  /**
   * A unit hands the item back (推诿): it says the matter is not its own, with its reason.
   *
   * @param at when
   * @param unit the unit
   * @param by who spoke for it
   * @param reason why
   */
  record HandedBack(LocalDateTime at, String unit, String by, String reason) implements SupervisionEvent {
    /**
     * Checks the arguments.
    *
    * @param at when
    * @param by who registered it (立项)
    * @param reason why
    * @param unit which unit
     */
    public HandedBack {
      requireNonNull(at, "at");
      requireNonNull(unit, "unit");
      requireNonNull(by, "by");
      requireNonNull(reason, "reason");
    }
  }

  /**
   * 催办.
   *
   * @param at when
   * @param unit the unit urged
   * @param channel how
   * @param by who urged
   * @param note what was said
   */
  record Urged(LocalDateTime at, String unit, UrgingChannel channel, String by, String note) implements SupervisionEvent {
    /**
     * Checks the arguments.
    *
    * @param at when
    * @param by who registered it (立项)
    * @param channel how
    * @param note what was said
    * @param unit which unit
     */
    public Urged {
      requireNonNull(at, "at");
      requireNonNull(unit, "unit");
      requireNonNull(channel, "channel");
      requireNonNull(by, "by");
      requireNonNull(note, "note");
    }
  }

  /**
   * 报结.
   *
   * @param at when
   * @param summary what was done
   */
  record CompletionReported(LocalDateTime at, String summary) implements SupervisionEvent {
    /**
     * Checks the arguments.
    *
    * @param at when
    * @param summary what was done
     */
    public CompletionReported {
      requireNonNull(at, "at");
      requireNonNull(summary, "summary");
    }
  }

  /**
   * 审核: accepted (with a rating and whether the matter was really resolved, 办实) or returned for
   * rework (退回重办) with a reason.
   *
   * @param at when
   * @param reviewer who reviewed
   * @param accepted whether the work was accepted
   * @param rating the rating, when accepted
   * @param effective whether the matter was really resolved (办实), when accepted
   * @param reason why it was returned, or a comment
   */
  record Reviewed(LocalDateTime at, String reviewer, boolean accepted, Optional<QualityRating> rating, boolean effective,
      String reason) implements SupervisionEvent {
    /**
     * Checks the arguments.
    *
    * @param accepted whether the work was accepted
    * @param at when
    * @param effective whether the matter was really resolved (办实), when accepted
    * @param rating the rating, when accepted
    * @param reason why
    * @param reviewer who reviewed
     */
    public Reviewed {
      requireNonNull(at, "at");
      requireNonNull(reviewer, "reviewer");
      requireNonNull(rating, "rating");
      requireNonNull(reason, "reason");
    }
  }

  /**
   * A leader's commendation of a unit (表扬).
   *
   * @param at when
   * @param unit which unit
   * @param by who
   * @param note why
   */
  record Commended(LocalDateTime at, String unit, String by, String note) implements SupervisionEvent {
    /**
     * Checks the arguments.
    *
    * @param at when
    * @param by who registered it (立项)
    * @param note what was said
    * @param unit which unit
     */
    public Commended {
      requireNonNull(at, "at");
      requireNonNull(unit, "unit");
      requireNonNull(by, "by");
      requireNonNull(note, "note");
    }
  }

  /**
   * 回访: the result of calling back the requester.
   *
   * @param at when
   * @param answer what the requester answered
   * @param by who called back (empty when not recorded)
   * @param note notes
   */
  record CalledBack(LocalDateTime at, CallBackAnswer answer, String by, String note) implements SupervisionEvent {
    /**
     * Checks the arguments.
    *
    * @param answer what the requester answered
    * @param at when
    * @param by who registered it (立项)
    * @param note what was said
     */
    public CalledBack {
      requireNonNull(at, "at");
      requireNonNull(answer, "answer");
      requireNonNull(by, "by");
      requireNonNull(note, "note");
    }

    /** @return whether the answer counts as satisfied (满意 or 基本满意) */
    public boolean satisfied() {
      return answer.isSatisfied();
    }
  }

  /**
   * 办结.
   *
   * @param at when
   * @param by who closed it
   */
  record Closed(LocalDateTime at, String by) implements SupervisionEvent {
    /**
     * Checks the arguments.
    *
    * @param at when
    * @param by who registered it (立项)
     */
    public Closed {
      requireNonNull(at, "at");
      requireNonNull(by, "by");
    }
  }

  /**
   * 归档.
   *
   * @param at when
   */
  record Archived(LocalDateTime at) implements SupervisionEvent {
    /**
     * Checks the arguments.
    *
    * @param at when
     */
    public Archived {
      requireNonNull(at, "at");
    }
  }

  /**
   * 撤销.
   *
   * @param at when
   * @param reason why
   */
  record Cancelled(LocalDateTime at, String reason) implements SupervisionEvent {
    /**
     * Checks the arguments.
    *
    * @param at when
    * @param reason why
     */
    public Cancelled {
      requireNonNull(at, "at");
      requireNonNull(reason, "reason");
    }
  }
}
