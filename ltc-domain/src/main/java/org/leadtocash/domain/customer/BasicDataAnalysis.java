package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import java.util.Objects;
import java.util.Set;
import org.leadtocash.domain.common.FreeText;

/**
 * The first step of grading (DOMAIN D6.3): the basic data analysed, and what it showed.
 *
 * @param sources where the data came from; not null, not empty
 * @param findings what the analysis found; not null, not blank
 */
public record BasicDataAnalysis(Set<BasicDataSource> sources, String findings) {

  /**
   * Checks and copies the parts.
   *
   * @param sources where the data came from; not null, not empty
   * @param findings what the analysis found; not null, not blank
   * @throws IllegalArgumentException if there is no source or the findings are blank
   */
  public BasicDataAnalysis {
    FreeText.note(findings, "findings");
    Objects.requireNonNull(sources, "sources");
    sources = Sets.immutableEnumSet(sources);
    Objects.requireNonNull(findings, "findings");
    checkArgument(
        !sources.isEmpty(),
        "an analysis of basic data names its sources: the profile, third-party reports (DOMAIN"
            + " D6.3)");
    checkArgument(!findings.isBlank(), "an analysis of basic data states its findings");
  }

  /**
   * Returns the analysis of the given sources.
   *
   * @param findings what it found; not null, not blank
   * @param first a source; not null
   * @param more further sources; not null
   * @return the analysis, never null
   */
  public static BasicDataAnalysis of(
      String findings, BasicDataSource first, BasicDataSource... more) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(more, "more");
    return new BasicDataAnalysis(Sets.immutableEnumSet(first, more), findings);
  }
}
