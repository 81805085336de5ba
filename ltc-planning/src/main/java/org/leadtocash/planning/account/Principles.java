package org.leadtocash.planning.account;

import com.google.common.collect.ImmutableList;

/** The 17 principles of DOMAIN D11.1 in order, shared by {@link AccountPrinciple#all()}. */
final class Principles {

  static final ImmutableList<AccountPrinciple> ALL =
      ImmutableList.<AccountPrinciple>builder()
          .add(Principle.values())
          .add(GuidingPrinciple.values())
          .build();

  private Principles() {}
}
