package io.oakit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The contract test kit itself is tested: it fails on each deliberately broken store, at the right rules. */
class TckSelfTest {

  private static Set<String> failures(Class<?> contract) {
    Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute().testEvents();
    Set<String> failed = new TreeSet<>();
    events.failed().stream().forEach(e -> e.getTestDescriptor().getSource()
        .filter(MethodSource.class::isInstance).map(s -> ((MethodSource) s).getMethodName()).ifPresent(failed::add));
    assertThat(events.started().count()).as("tests run on %s", contract.getSimpleName()).isGreaterThan(15);
    return failed;
  }

  @Test
  void itFailsOnAStoreThatLosesUpdates() {
    assertThat(failures(BrokenStoreContracts.LosingUpdates.class)).containsExactlyInAnyOrder(
        "r1_5_update_with_a_stale_version_is_refused_and_changes_nothing", "r1_5_concurrent_updates_lose_nothing");
  }

  @Test
  void itFailsOnAStoreThatReusesNumbers() {
    assertThat(failures(BrokenStoreContracts.ReusingNumbers.class)).containsAll(List.of(
        "r4_1_sequences_are_per_unit_and_year", "r4_1_numbers_are_unique_under_concurrency",
        "r4_2_a_number_from_a_rolled_back_transaction_is_never_issued_twice"));
  }

  @Test
  void itFailsOnAStoreThatDoesNotRollBack() {
    assertThat(failures(BrokenStoreContracts.NotRollingBack.class)).containsAll(List.of(
        "r2_2_a_failing_transaction_leaves_nothing_behind", "r6_4_entries_of_a_rolled_back_transaction_are_not_kept"));
  }

  @Test
  void itFailsOnAStoreWhoseAuditLogCanBeEditedUnnoticed() {
    assertThat(failures(BrokenStoreContracts.EditableAudit.class)).containsExactly(
        "r6_3_tampering_with_content_or_order_is_detected",
        "r6_6_truncation_and_reordering_are_detected_against_a_known_head");
  }

  @Test
  void itFailsOnAStoreWhoseAuditAppendsWaitForOneHeadLock() {
    assertThat(failures(BrokenStoreContracts.AuditHeadLock.class)).containsExactlyInAnyOrder(
        "r6_7_an_open_unit_of_work_that_appended_does_not_block_another_writer",
        "r6_8_an_entry_still_open_at_a_seal_is_sealed_by_the_next");
  }

  @Test
  void itFailsOnAStoreThatComparesIdsLoosely() {
    assertThat(failures(BrokenStoreContracts.CaseInsensitiveIds.class)).contains("r1_7_ids_and_keys_are_compared_exactly");
  }

  @Test
  void itFailsOnAStoreThatCutsLongPayloads() {
    assertThat(failures(BrokenStoreContracts.TruncatingPayloads.class))
        .containsExactly("r1_8_long_payloads_come_back_whole");
  }

  @Test
  void itFailsOnAStoreThatCommitsWhenTheWorkThrowsAnError() {
    assertThat(failures(BrokenStoreContracts.CommittingOnError.class))
        .containsExactly("r2_3_an_error_thrown_by_the_work_rolls_back_too");
  }

  @Test
  void itFailsOnAStoreThatKeepsTheOldIndexOnUpdate() {
    assertThat(failures(BrokenStoreContracts.StaleIndexOnUpdate.class))
        .contains("r5_6_an_update_replaces_the_index_in_every_query");
  }

  @Test
  void itFailsOnAStoreWhoseQueriesIgnoreTheKind() {
    assertThat(failures(BrokenStoreContracts.KindBlindQueries.class)).contains("r5_7_queries_keep_kinds_apart");
  }

  @Test
  void itFailsOnAStoreThatLeavesUndatedItemsOutOfTrays() {
    assertThat(failures(BrokenStoreContracts.DroppingUndatedFromTrays.class))
        .contains("r5_8_undated_items_come_last_in_a_tray");
  }

  @Test
  void itFailsOnAStoreThatCountsDueAtTheInstantAsOverdue() {
    assertThat(failures(BrokenStoreContracts.InclusiveOverdue.class)).contains("r5_9_overdue_means_due_strictly_before");
  }

  @Test
  void itFailsOnAStoreWhoseAuditReadsIgnoreWhereToStart() {
    assertThat(failures(BrokenStoreContracts.AuditReadFromTheStart.class))
        .contains("r6_5_audit_reads_start_at_the_sequence_asked_for");
  }

  @Test
  void itFailsOnAStoreThatVerifiesTheChainOnly() {
    assertThat(failures(BrokenStoreContracts.ChainOnlyAudit.class))
        .containsExactly("r6_6_truncation_and_reordering_are_detected_against_a_known_head");
  }

  @Test
  void itFailsOnAStoreThatRunsNestedTransactionsInsteadOfRefusingThem() {
    assertThat(failures(BrokenStoreContracts.FlatteningNestedTransactions.class))
        .containsExactly("r2_4_a_nested_transaction_is_refused");
  }

  @Test
  void itFailsOnAStoreThatKeepsDocumentNumbersInMemory() {
    assertThat(failures(BrokenStoreContracts.NumbersInMemory.class))
        .containsExactly("r2_5_what_was_committed_survives_a_restart_and_numbers_go_on");
  }

  @Test
  void itFailsOnAStoreWithDirtyReads() {
    assertThat(failures(BrokenStoreContracts.DirtyReads.class)).containsExactly("r7_1_no_dirty_reads_across_instances");
  }

  @Test
  void itFailsOnAStoreWithAPerInstanceCache() {
    // and, stuck on the stale copy, it never gets an update through either
    assertThat(failures(BrokenStoreContracts.PerInstanceCache.class)).containsExactlyInAnyOrder(
        "r7_2_what_one_instance_commits_the_other_sees_at_once", "r7_3_concurrent_updates_from_two_instances_lose_nothing");
  }

  @Test
  void itFailsOnAStoreWithAJvmLockThatReportsBusyAsARawError() {
    assertThat(failures(BrokenStoreContracts.JvmLockAndRawBusyErrors.class))
        .contains("r7_3_concurrent_updates_from_two_instances_lose_nothing");
  }

  @Test
  void itFailsOnAStoreWhoseKeysAreUniqueOnlyWithinATransaction() {
    assertThat(failures(BrokenStoreContracts.KeysUniquePerTransaction.class))
        .containsExactly("r7_4_one_key_sent_by_both_instances_at_once_takes_effect_once");
  }

  @Test
  void itFailsOnAStoreThatStepsNumbersBackOnRollback() {
    assertThat(failures(BrokenStoreContracts.NumbersSteppedBackOnRollback.class))
        .containsExactly("r7_5_numbers_drawn_by_both_instances_are_never_issued_twice");
  }

  @Test
  void itFailsOnAStoreThatStripsControlCharacters() {
    assertThat(failures(BrokenStoreContracts.StrippingControlCharacters.class))
        .contains("r1_3_find_returns_exactly_what_was_written_including_awkward_text");
  }

  @Test
  void itFailsOnAStoreThatRewritesLineSeparators() {
    assertThat(failures(BrokenStoreContracts.RewritingLineSeparators.class))
        .contains("r1_3_find_returns_exactly_what_was_written_including_awkward_text");
  }

  @Test
  void itFailsOnAStoreThatReplacesLoneSurrogates() {
    assertThat(failures(BrokenStoreContracts.ReplacingLoneSurrogates.class))
        .containsExactly("r1_9_a_lone_surrogate_is_kept_or_refused_never_replaced");
  }

  @Test
  void itFailsOnAStoreThatPagesWithOffsets() {
    assertThat(failures(BrokenStoreContracts.OffsetPaging.class))
        .containsExactly("r5_5_paging_lists_every_item_exactly_once_in_order");
  }

  @Test
  void itFailsOnAStoreWhoseRollbackDropsACommittedAuditEntry() {
    assertThat(failures(BrokenStoreContracts.AuditRollbackDroppingOneMore.class))
        .containsExactly("r6_4_entries_of_a_rolled_back_transaction_are_not_kept");
  }

  @Test
  void itFailsOnAStoreWhosePayloadColumnHoldsLessThanTheDocumentedLimit() {
    assertThat(failures(BrokenStoreContracts.CuttingAtSixteenMebibytes.class))
        .containsExactly("r1_8_long_payloads_come_back_whole");
  }

  @Test
  void itFailsOnAStoreThatNormalisesText() {
    assertThat(failures(BrokenStoreContracts.NormalisingToNfc.class))
        .containsExactly("r1_3_every_unicode_scalar_value_but_u0000_comes_back");
  }
}
