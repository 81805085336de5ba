package org.leadtocash.domain.common;

import java.util.stream.Collectors;

/** Renders the rules catalogue ({@link RuleId}) as the reference page {@code docs/rules.md}. */
final class RulesReference {

  private RulesReference() {}

  /** {@return the whole page, in Markdown} */
  static String markdown() {
    StringBuilder page = new StringBuilder();
    page.append("# Rules reference\n\n")
        .append("<!-- Generated from org.leadtocash.domain.common.RuleId by RulesReferenceTest;")
        .append(" do not edit by hand. -->\n\n")
        .append("Every business rule leadtocash enforces, named by the section of the")
        .append(" specification (`DOMAIN.md`) it comes from. A refused command's message ends with")
        .append(" its rule, e.g.\n\n")
        .append("```\n")
        .append("Lead LD-1 (CONVERTED) refused 'close': a converted or closed lead accepts no")
        .append(" further commands [DOMAIN D2.7]\n")
        .append("```\n\n")
        .append("Look the id up below, or in code: `exception.rule().statement()`.")
        .append(" `RuleId.of(\"D2.7\")` finds a rule by its section.\n\n")
        .append("How a rule is enforced:\n\n")
        .append("| enforcement | raises | meaning |\n")
        .append("|---|---|---|\n");
    for (Enforcement enforcement : Enforcement.values()) {
      page.append("| ")
          .append(enforcement.name())
          .append(" | ")
          .append(code(enforcement.exception()))
          .append(" | ")
          .append(enforcement.meaning())
          .append(" |\n");
    }
    page.append("\n| rule | title | enforcement |\n|---|---|---|\n");
    for (RuleId rule : RuleId.values()) {
      page.append("| [")
          .append(rule.section())
          .append("](#")
          .append(anchor(rule))
          .append(") | ")
          .append(rule.title())
          .append(" | ")
          .append(enforcements(rule))
          .append(" |\n");
    }
    for (RuleId rule : RuleId.values()) {
      page.append("\n## ")
          .append(rule.section())
          .append(" ")
          .append(rule.title())
          .append("\n\n")
          .append(rule.statement())
          .append("\n\nEnforcement: ")
          .append(enforcements(rule))
          .append(".\n");
    }
    return page.toString();
  }

  private static String enforcements(RuleId rule) {
    return rule.enforcement().stream()
        .map(e -> e == Enforcement.REPORTED ? "reported" : code(e.exception()))
        .collect(Collectors.joining(", "));
  }

  private static String code(String text) {
    return text.equals("—") ? text : "`" + text + "`";
  }

  /** GitHub's anchor of the heading {@code ## D2.7 Conversion rule}. */
  private static String anchor(RuleId rule) {
    String heading = rule.section() + " " + rule.title();
    return heading
        .toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9 -]", "")
        .replace(' ', '-');
  }
}
