package io.oakit.workflow;

import io.oakit.core.Copies;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.UrgingChannel;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/** The commands of {@link SupervisionService}; each is validated, and names the field at fault when not. */
public final class SupervisionCommands {

  private SupervisionCommands() {}

  /**
   * 立项: open an item from an instruction, a meeting decision or a case.
   *
   * @param idempotencyKey the key
   * @param actor who opens it
   * @param onBehalfOf whom they act for
   * @param itemId the item
   * @param source where it comes from
   * @param content what is to be done
   * @param importance how important
   * @param secrecy its secrecy level (an item opened from a classified document inherits the document's)
   * @param instructedBy the leader whose instruction it carries out (批示领导): told when it is reported done,
   *     accepted and closed, and the one new problems are raised to
   * @param sourceName the office's own name for its source (领导交办, 表态事项, 转办 …); required for
   *     {@link ItemSource#OTHER}
   * @param mode how it is supervised: 常规, 跟踪督办 or 专项督办
   */
  public record Open(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank @Size(max = 100) String itemId, @NotNull ItemSource source, @NotBlank @Size(max = 4000) String content,
      @NotNull Importance importance, @NotNull SecrecyLevel secrecy,
      @NotNull Optional<@Size(max = 100) String> instructedBy, @NotNull Optional<@Size(max = 100) String> sourceName,
      @NotNull io.oakit.core.supervision.SupervisionMode mode) implements Command {

    /**
     * A routine item (常规督办) of a built-in source.
     *
     * @param idempotencyKey the key
     * @param actor who opens it
     * @param onBehalfOf whom they act for
     * @param itemId the item
     * @param source where it comes from
     * @param content what is to be done
     * @param importance how important
     * @param secrecy its secrecy level
     * @param instructedBy the leader whose instruction it carries out
     */
    public Open(String idempotencyKey, String actor, Optional<String> onBehalfOf, String itemId, ItemSource source,
        String content, Importance importance, SecrecyLevel secrecy, Optional<String> instructedBy) {
      this(idempotencyKey, actor, onBehalfOf, itemId, source, content, importance, secrecy, instructedBy,
          Optional.empty(), io.oakit.core.supervision.SupervisionMode.ROUTINE);
    }

    /**
     * An item no leader's instruction is recorded for.
     *
     * @param idempotencyKey the key
     * @param actor who opens it
     * @param onBehalfOf whom they act for
     * @param itemId the item
     * @param source where it comes from
     * @param content what is to be done
     * @param importance how important
     * @param secrecy its secrecy level
     */
    public Open(String idempotencyKey, String actor, Optional<String> onBehalfOf, String itemId, ItemSource source,
        String content, Importance importance, SecrecyLevel secrecy) {
      this(idempotencyKey, actor, onBehalfOf, itemId, source, content, importance, secrecy, Optional.empty());
    }

    /**
     * An unclassified item.
     *
     * @param idempotencyKey the key
     * @param actor who opens it
     * @param onBehalfOf whom they act for
     * @param itemId the item
     * @param source where it comes from
     * @param content what is to be done
     * @param importance how important
     */
    public Open(String idempotencyKey, String actor, Optional<String> onBehalfOf, String itemId, ItemSource source,
        String content, Importance importance) {
      this(idempotencyKey, actor, onBehalfOf, itemId, source, content, importance, SecrecyLevel.UNCLASSIFIED);
    }
  }

  /** 交办: assign to a lead unit and co-units with a deadline rule such as "10 working days". */
  public record Assign(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String itemId, @NotBlank String leadUnit, @NotNull List<@NotBlank String> coUnits,
      @NotBlank String deadlineRule, @Min(0) int progressEveryWorkingDays) implements Command {
    /**
     * Copies the collections it is given.
     *
     * @param idempotencyKey the command's idempotency key
     * @param actor who issues the command
     * @param onBehalfOf for whom, when acting as deputy
     * @param itemId the item id
     * @param leadUnit the lead unit
     * @param coUnits the co units
     * @param deadlineRule the deadline rule
     * @param progressEveryWorkingDays the progress every working days
     */
    public Assign {
      coUnits = Copies.list(coUnits);
    }
  }

  /**
   * 推诿 recorded: a unit hands the item back, saying the matter is not its own. The item stays with its units
   * until the office decides; the score card counts it against the unit.
   *
   * @param idempotencyKey the key
   * @param actor who speaks for the unit
   * @param onBehalfOf whom they act for
   * @param itemId the item
   * @param unit the unit, one of the item's
   * @param reason why it says so
   */
  public record HandBack(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String itemId, @NotBlank String unit, @NotBlank @Size(max = 2000) String reason) implements Command {}

  /**
   * 转办: gives the item to another lead unit before its lead signed for it (e.g. after it was handed back);
   * the co-units and the deadline stay, and the former lead keeps what it did on the item.
   *
   * @param idempotencyKey the key
   * @param actor who reassigns it
   * @param onBehalfOf whom they act for
   * @param itemId the item
   * @param toUnit the new lead unit, a supervised unit
   * @param reason why
   */
  public record Reassign(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String itemId, @NotBlank @Size(max = 200) String toUnit, @NotBlank @Size(max = 2000) String reason)
      implements Command {}

  /**
   * 分解立项: breaks an item down into a linked child item, which inherits its source, secrecy, instructing
   * leader and mode; the parent's progress is derived from its children, and it closes only when they have.
   *
   * @param idempotencyKey the key
   * @param actor who breaks it down
   * @param onBehalfOf whom they act for
   * @param itemId the parent item
   * @param childItemId the new child item
   * @param content what the child is to do
   * @param importance how important the child is
   */
  public record BreakDown(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String itemId, @NotBlank @Size(max = 100) String childItemId, @NotBlank @Size(max = 4000) String content,
      @NotNull Importance importance) implements Command {}

  /** 签收. */
  public record SignFor(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String itemId, @NotBlank String unit) implements Command {}

  /**
   * 问题上报: a new problem met while urging, raised to the leader in charge (分管领导) of an area, or, when no
   * area is named, to the leader whose instruction the item carries out.
   *
   * @param idempotencyKey the key
   * @param actor who raises it
   * @param onBehalfOf whom they act for
   * @param itemId the item
   * @param problem what the problem is
   * @param area the area whose leader in charge is to decide, if not the instructing leader
   */
  public record RaiseProblem(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String itemId, @NotBlank @Size(max = 4000) String problem, @NotNull Optional<@Size(max = 100) String> area)
      implements Command {}

  /**
   * 回访: the office calls the requester back about a handled item and records the answer.
   *
   * @param idempotencyKey the key
   * @param actor who called back
   * @param onBehalfOf whom they act for
   * @param itemId the item, accepted or closed
   * @param answer 满意, 基本满意 or 不满意
   * @param note what the requester said
   */
  public record CallBack(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String itemId, @NotNull io.oakit.core.supervision.CallBackAnswer answer,
      @NotNull @Size(max = 2000) String note) implements Command {}

  /**
   * 表扬: a leader commends a unit for its work on an item (points on the score card).
   *
   * @param idempotencyKey the key
   * @param actor the leader
   * @param onBehalfOf whom they act for
   * @param itemId the item
   * @param unit the unit commended, one of the item's
   * @param note why
   */
  public record Commend(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String itemId, @NotBlank String unit, @NotBlank @Size(max = 2000) String note) implements Command {}

  /** 进展报告. */
  public record ReportProgress(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String itemId, @NotBlank String unit, @NotBlank @Size(max = 4000) String text) implements Command {}

  /** 催办. */
  public record Urge(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String itemId, @NotBlank String unit, @NotNull UrgingChannel channel, @NotNull @Size(max = 2000) String note)
      implements Command {}

  /** 报结. */
  public record ReportCompletion(@NotBlank String idempotencyKey, @NotBlank String actor,
      @NotNull Optional<String> onBehalfOf, @NotBlank String itemId, @NotBlank @Size(max = 4000) String summary)
      implements Command {}

  /** 审核通过. */
  public record Accept(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String itemId, @NotNull QualityRating rating, boolean effective, @NotNull @Size(max = 2000) String comment)
      implements Command {}

  /** 退回重办. */
  public record ReturnForRework(@NotBlank String idempotencyKey, @NotBlank String actor,
      @NotNull Optional<String> onBehalfOf, @NotBlank String itemId, @NotBlank @Size(max = 2000) String reason)
      implements Command {}

  /** 延期. */
  public record ExtendDeadline(@NotBlank String idempotencyKey, @NotBlank String actor,
      @NotNull Optional<String> onBehalfOf, @NotBlank String itemId, @NotBlank String extension,
      @NotBlank String reason) implements Command {}

  /** 办结. */
  public record Close(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String itemId) implements Command {}

  /** 归档. */
  public record Archive(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String itemId) implements Command {}

  /** 撤销. */
  public record Cancel(@NotBlank String idempotencyKey, @NotBlank String actor, @NotNull Optional<String> onBehalfOf,
      @NotBlank String itemId, @NotBlank String reason) implements Command {}

  /**
   * 考核审定: a leader approves the scores of a period for some units. Units of the same period may be approved
   * later in another approval; none twice.
   *
   * @param idempotencyKey the key
   * @param actor the leader
   * @param onBehalfOf whom they act for
   * @param period a month ({@code 2026-09}), a quarter ({@code 2026-Q3}) or a year ({@code 2026})
   * @param units the units approved, ranked among themselves
   */
  public record ApproveScores(@NotBlank String idempotencyKey, @NotBlank String actor,
      @NotNull Optional<String> onBehalfOf, @NotBlank @Size(max = 20) String period,
      @NotNull @Size(min = 1) List<@NotBlank String> units) implements Command {
    /**
     * Copies the collections it is given.
     *
     * @param idempotencyKey the key
     * @param actor the leader
     * @param onBehalfOf whom they act for
     * @param period a month ({@code 2026-09}), a quarter ({@code 2026-Q3}) or a year ({@code 2026})
     * @param units the units approved, ranked among themselves
     */
    public ApproveScores {
      units = Copies.list(units);
    }


    /** @return the period's name, e.g. {@code 2026-09} (the name this component had when only months were approved) */
    public String month() {
      return period;
    }
  }

  /** Recomputes an item's deadline on the calendar of now, recording old and new values. */
  public record RebaseDeadline(@NotBlank String idempotencyKey, @NotBlank String actor,
      @NotNull Optional<String> onBehalfOf, @NotBlank String itemId, @NotBlank @Size(max = 2000) String reason)
      implements Command {}

  /**
   * A recurring progress duty of the lead unit ("每月报送", "每季至少一次"): a periodic or yearly rule such as
   * {@code "at least 1 time every month"}, counted from now.
   */
  public record SetProgressDuty(@NotBlank String idempotencyKey, @NotBlank String actor,
      @NotNull Optional<String> onBehalfOf, @NotBlank String itemId, @NotBlank @Size(max = 200) String rule)
      implements Command {}
}
