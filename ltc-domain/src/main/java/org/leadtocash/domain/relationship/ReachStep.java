package org.leadtocash.domain.relationship;

import java.util.Optional;

/**
 * The three steps of reaching a person of the decision chain (DOMAIN D7.10), in order: find the
 * target (找到目标), connect (建立连接) through a {@link ConnectionPath}, influence (进行公关).
 */
public enum ReachStep {
  /** Find the target (找到目标): the person in the decision chain we need to reach. */
  FIND_TARGET("find the target", "找到目标"),
  /** Connect (建立连接): through a path of family, colleagues, friends … to the target. */
  CONNECT("connect", "建立连接"),
  /** Influence (进行公关): work with the target, following the playbook of their stance. */
  INFLUENCE("influence", "进行公关");

  private final String label;
  private final String chineseTerm;

  ReachStep(String label, String chineseTerm) {
    this.label = label;
    this.chineseTerm = chineseTerm;
  }

  /** {@return the step in words, e.g. {@code connect}; never null} */
  public String label() {
    return label;
  }

  /** {@return the sources' term, e.g. {@code 建立连接}; never null} */
  public String chineseTerm() {
    return chineseTerm;
  }

  /** {@return the step after this one, or empty after {@link #INFLUENCE}; never null} */
  public Optional<ReachStep> next() {
    return switch (this) {
      case FIND_TARGET -> Optional.of(CONNECT);
      case CONNECT -> Optional.of(INFLUENCE);
      case INFLUENCE -> Optional.empty();
    };
  }
}
