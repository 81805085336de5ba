package org.leadtocash.planning.account;

import java.util.List;

/**
 * A principle a key-account review checks (DOMAIN D11.1): one of the ten {@link Principle
 * principles} of key-account management or one of the seven {@link GuidingPrinciple guiding
 * principles} of account planning.
 */
public sealed interface AccountPrinciple permits Principle, GuidingPrinciple {

  /** {@return the principle in words, e.g. "lead, don't follow"; never null} */
  String label();

  /** {@return the principle's place among all 17 in the order of DOMAIN D11.1, from 1 to 17} */
  int number();

  /** {@return every principle in the order of DOMAIN D11.1: the ten, then the seven; never null} */
  static List<AccountPrinciple> all() {
    return Principles.ALL;
  }
}
