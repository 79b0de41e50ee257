package io.oakit.workflow;

/**
 * An event that holds personal information (个人信息, e.g. a petitioner's name, contact and address). The
 * stored aggregate keeps it for the people handling the matter; the audit log and the event listeners get
 * {@link #withoutPersonalInformation()} instead, and notifications never carry it.
 */
public interface PersonalInformation {

  /** @return the same event with every item of personal information replaced by a placeholder */
  Record withoutPersonalInformation();
}
