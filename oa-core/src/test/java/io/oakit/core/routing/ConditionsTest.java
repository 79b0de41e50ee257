package io.oakit.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import org.junit.jupiter.api.Test;

/**
 * Every kind of condition a routing rule can have, on a document that meets it and one that does
 * not, with what it says about itself and why a document fails it: the words a rule's explanation
 * is made of. The document: a normal, 秘密 request (请示) of 5,000 yuan from 某县财政局 about 经费,
 * area 财务, subject 关于申请经费的请示.
 */
class ConditionsTest {

  private static final DocumentProfile DOC = CountyOffice.document("d").secrecy(SecrecyLevel.CONFIDENTIAL)
      .tags("经费").areas("财务").amount("5000").build();
  private static final DocumentProfile NO_AMOUNT = CountyOffice.document("n").build();

  private static void meets(Condition c) {
    assertThat(c.test(DOC)).as(c.describe()).isTrue();
    assertThat(c.whyNot(DOC)).as(c.describe()).isEmpty();
  }

  private static void fails(Condition c, String why) {
    assertThat(c.test(DOC)).as(c.describe()).isFalse();
    assertThat(c.whyNot(DOC)).as(c.describe()).contains(why);
  }

  @Test
  void eachConditionSaysWhatItIsAndWhyADocumentFailsIt() {
    meets(Condition.always());
    assertThat(Condition.always().describe()).isEqualTo("always");

    meets(Condition.kindIn(DocumentKind.REQUEST, DocumentKind.REPORT));
    fails(Condition.kindIn(DocumentKind.NOTICE), "kind " + DocumentKind.REQUEST.chinese() + " is not in ["
        + DocumentKind.NOTICE.chinese() + "]");
    assertThat(Condition.kindIn(DocumentKind.NOTICE).describe()).isEqualTo("kind in [" + DocumentKind.NOTICE.chinese() + "]");

    meets(Condition.urgencyAtLeast(Urgency.NORMAL));
    fails(Condition.urgencyAtLeast(Urgency.URGENT), "urgency " + Urgency.NORMAL.chinese() + " is below "
        + Urgency.URGENT.chinese());
    assertThat(Condition.urgencyAtLeast(Urgency.URGENT).describe()).isEqualTo("urgency at least " + Urgency.URGENT.chinese());

    meets(Condition.secrecyAtLeast(SecrecyLevel.CONFIDENTIAL));
    meets(Condition.secrecyAtLeast(SecrecyLevel.UNCLASSIFIED));
    fails(Condition.secrecyAtLeast(SecrecyLevel.SECRET), "secrecy 秘密 is below 机密");
    assertThat(Condition.secrecyAtLeast(SecrecyLevel.SECRET).describe()).isEqualTo("secrecy at least 机密");

    meets(Condition.tagged("经费"));
    fails(Condition.tagged("人事"), "not tagged 人事");

    meets(Condition.subjectContains("经费"));
    fails(Condition.subjectContains("人事"), "not subject contains 人事");

    meets(Condition.areaIn("财务", "综合"));
    fails(Condition.areaIn("安全生产"), "areas [财务] are not in [安全生产]");
    assertThat(Condition.areaIn("财务").describe()).isEqualTo("area in [财务]");

    meets(Condition.amountIn(AmountRange.over("1000", "20000")));
    fails(Condition.amountIn(AmountRange.atMost("1000")), "amount 5000 is outside amount <= 1000");
    assertThat(Condition.amountIn(AmountRange.atMost("1000")).whyNot(NO_AMOUNT)).contains("the document has no amount");
    assertThat(Condition.amountIn(AmountRange.over("1000", "20000")).describe()).isEqualTo("1000 < amount <= 20000");
    assertThat(Condition.amountIn(AmountRange.above("50000")).describe()).isEqualTo("50000 < amount");

    meets(Condition.issuedBy("某县财政局", "某县教育局"));
    fails(Condition.issuedBy("某县教育局"), "not issued by [某县教育局]");

    meets(Condition.not(Condition.tagged("人事")));
    fails(Condition.not(Condition.tagged("经费")), "tagged 经费 holds");
    assertThat(Condition.not(Condition.tagged("经费")).describe()).isEqualTo("not tagged 经费");
  }

  @Test
  void allAndAnyCombineAndExplainTheFirstOrEveryFailure() {
    Condition both = Condition.all(Condition.tagged("经费"), Condition.areaIn("财务"));
    meets(both);
    assertThat(both.describe()).isEqualTo("(tagged 经费 and area in [财务])");
    Condition oneFails = Condition.all(Condition.tagged("经费"), Condition.tagged("人事"), Condition.areaIn("综合"));
    fails(oneFails, "not tagged 人事");
    Condition either = Condition.any(Condition.tagged("人事"), Condition.areaIn("财务"));
    meets(either);
    assertThat(either.describe()).isEqualTo("(tagged 人事 or area in [财务])");
    Condition neither = Condition.any(Condition.tagged("人事"), Condition.areaIn("综合"));
    fails(neither, "none of: not tagged 人事; areas [财务] are not in [综合]");
    assertThatThrownBy(Condition::all).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all needs");
    assertThatThrownBy(Condition::any).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("any needs");
  }

  @Test
  void emptyOrBlankConditionsAreRefused() {
    assertThatThrownBy(Condition::kindIn).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kindIn");
    assertThatThrownBy(Condition::areaIn).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("areaIn");
    assertThatThrownBy(Condition::issuedBy).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issuedBy");
    assertThatThrownBy(() -> Condition.tagged(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tag");
    assertThatThrownBy(() -> Condition.subjectContains("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keyword");
  }
}
