package io.github.childcarerules.core.rule;

import java.util.Locale;

/** Renders the rule catalogue as the Markdown table of docs/rules.md. */
final class RuleCatalogueDocument {
  private RuleCatalogueDocument() {}

  static String render() {
    StringBuilder doc = new StringBuilder();
    doc.append("# Rule catalogue\n\n")
        .append(
            "Generated from `Rule` (rules-core) by `RuleCatalogueTest`; the same list is printed ")
        .append(
            "by `./childcare-rules rules`. Ids are stable: auditors cite them and applications ")
        .append("switch on them. Sources: CSG = the CSG user guide, page \"Ajouter dossier ")
        .append(
            "parent-enfant\" (v3 09-2023), constraint `c<n>` of a field; RCR = Règlement sur la ")
        .append(
            "contribution réduite; POL = the BC's allocation policy. Messages and descriptions ")
        .append("exist in French (default) and English.\n\n")
        .append("| id | severity | source | description | description (français) |\n")
        .append("|---|---|---|---|---|\n");
    for (Rule rule : Rule.values()) {
      doc.append("| `")
          .append(rule.name())
          .append("` | ")
          .append(rule.severity())
          .append(" | ")
          .append(escape(rule.source()))
          .append(" | ")
          .append(escape(rule.description(Locale.ENGLISH)))
          .append(" | ")
          .append(escape(rule.description(Locale.CANADA_FRENCH)))
          .append(" |\n");
    }
    return doc.toString();
  }

  private static String escape(String text) {
    return text.replace("|", "\\|");
  }
}
