package org.leadtocash.domain.voice;

import java.time.Instant;
import java.util.Objects;

/**
 * An issue was closed (关闭) with its resolution (DOMAIN D8.2).
 *
 * @param issue the issue
 * @param resolution how it was resolved
 * @param occurredAt when
 */
public record IssueClosed(IssueId issue, String resolution, Instant occurredAt)
    implements IssueEvent {

  /**
   * Checks that no part is null.
   *
   * @param issue the issue
   * @param resolution how it was resolved
   * @param occurredAt when
   */
  public IssueClosed {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
