package org.leadtocash.domain.architecture.violations;

import java.util.List;
import org.leadtocash.domain.customer.PersonalProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Breaks the personal-data rule: holds personal profiles and uses a logger. */
public final class LoggedProfile {

  private static final Logger LOG = LoggerFactory.getLogger(LoggedProfile.class);

  private final List<PersonalProfile> profiles;

  /** Holds the profiles. */
  public LoggedProfile(List<PersonalProfile> profiles) {
    this.profiles = List.copyOf(profiles);
  }

  /** Logs how many profiles it holds — and might as well log them. */
  public void log() {
    LOG.debug("{} profiles", profiles.size());
  }
}
