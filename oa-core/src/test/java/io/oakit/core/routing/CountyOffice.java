package io.oakit.core.routing;

import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.AbsenceKind;
import io.oakit.core.org.Organization;
import java.time.LocalDateTime;

/** A small county bureau used by the routing and circulation tests; every fact is easy to check by hand. */
public final class CountyOffice {

  public static final LocalDateTime MONDAY_9 = LocalDateTime.of(2026, 6, 8, 9, 0);

  private CountyOffice() {}

  /**
   * 局长 Zhao (rank 1, 绝密); deputy heads Qian (财务, rank 2, 机密) and Sun (安全生产, rank 3, 秘密,
   * on a trip Jun 8–10 with Qian as deputy); office director Li (rank 4, 机密); finance chief Zhou
   * (rank 5, 秘密); clerk Wu (rank 9, none). Sun's standing deputy is Qian.
   */
  public static Organization organization() {
    return builder().build();
  }

  /**
   * The builder of {@link #organization()}, for a test that adds to it (a new hire, a leave).
   *
   * @return the builder, not yet built
   */
  public static Organization.Builder builder() {
    return builder(java.util.Map.of());
  }

  /**
   * The builder of {@link #organization()} with some people's clearances changed (a clearance
   * lowered mid-process).
   *
   * @param clearances person id → the clearance they have instead
   * @return the builder, not yet built
   */
  public static Organization.Builder builder(java.util.Map<String, SecrecyLevel> clearances) {
    java.util.function.BiFunction<String, SecrecyLevel, SecrecyLevel> c = clearances::getOrDefault;
    return Organization.builder()
        .unit("xj", "某县交通运输局")
        .department("leaders", "局领导", "xj", null)
        .department("office", "办公室", "xj", "综合")
        .department("finance", "财务科", "xj", "财务")
        .department("safety", "安全科", "xj", "安全生产")
        .person("zhao", "赵局长", "leaders", "局长", 1, c.apply("zhao", SecrecyLevel.TOP_SECRET), "局长", "局长办公会")
        .person("qian", "钱副局长", "leaders", "副局长", 2, c.apply("qian", SecrecyLevel.SECRET), "局长办公会")
        .person("sun", "孙副局长", "leaders", "副局长", 3, c.apply("sun", SecrecyLevel.CONFIDENTIAL), "局长办公会")
        .person("li", "李主任", "office", "办公室主任", 4, c.apply("li", SecrecyLevel.SECRET), "办公室主任")
        .person("zhou", "周科长", "finance", "财务科科长", 5, c.apply("zhou", SecrecyLevel.CONFIDENTIAL))
        .person("wu", "吴科员", "office", "科员", 9, c.apply("wu", SecrecyLevel.UNCLASSIFIED), "文书")
        .head("office", "li")
        .head("finance", "zhou")
        .head("safety", "wu")
        .inCharge("财务", "qian")
        .inCharge("综合", "qian")
        .inCharge("安全生产", "sun")
        .deputy("sun", "qian")
        .away("sun", AbsenceKind.TRIP, LocalDateTime.of(2026, 6, 8, 0, 0), LocalDateTime.of(2026, 6, 10, 18, 0), "qian");
  }

  public static DocumentProfile.Builder document(String id) {
    return DocumentProfile.builder().id(id).kind(DocumentKind.REQUEST).urgency(Urgency.NORMAL)
        .secrecy(SecrecyLevel.UNCLASSIFIED).issuingUnit("某县财政局").subject("关于申请经费的请示")
        .receivedAt(MONDAY_9);
  }
}
