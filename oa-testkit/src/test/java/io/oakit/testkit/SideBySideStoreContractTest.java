package io.oakit.testkit;

/**
 * The whole kit passes a correct store whose transactions really run at once, with two instances
 * over the same data: the rules about instances fail the flawed variants ({@link TckSelfTest}), not
 * concurrency as such.
 */
class SideBySideStoreContractTest extends BrokenStoreContracts.SideBySide {
  SideBySideStoreContractTest() {
    super(SideBySideStore.Flaw.NONE);
  }
}
