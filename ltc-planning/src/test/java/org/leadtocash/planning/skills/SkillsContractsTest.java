package org.leadtocash.planning.skills;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.testing.DomainTesters;

/** Null rejection and equality of the skills package's public types (DOMAIN D11.7). */
class SkillsContractsTest {

  private static final SkillAssessment LISTEN = new SkillAssessment("listen", 4, 2);

  @Test
  @DisplayName("every public constructor and method refuses null")
  void nullsAreRefused() {
    NullPointerTester tester =
        DomainTesters.nullPointerTester()
            .setDefault(SkillAssessment.class, LISTEN)
            .setDefault(SkillGap.class, new SkillGap(1, LISTEN));
    for (Class<?> type : List.of(SkillAssessment.class, SkillGap.class, SkillMap.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(SkillMap.of(List.of(LISTEN)));
    tester.testAllPublicInstanceMethods(new SkillGap(1, LISTEN));
  }

  @Test
  @DisplayName("values are equal by their components")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(LISTEN, new SkillAssessment("listen", 4, 2))
        .addEqualityGroup(new SkillAssessment("listen", 4, 3))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new SkillGap(1, LISTEN), new SkillGap(1, LISTEN))
        .addEqualityGroup(new SkillGap(2, LISTEN))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SkillMap.of(List.of(LISTEN)), new SkillMap(List.of(LISTEN)))
        .addEqualityGroup(SkillMap.of(List.of()))
        .testEquals();
  }
}
