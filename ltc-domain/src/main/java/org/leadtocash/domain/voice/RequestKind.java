package org.leadtocash.domain.voice;

/** What a customer asks of a contract's delivery (DOMAIN D8.4). */
public enum RequestKind {
  /** To deliver, or deliver properly, what a scope item promises. */
  DELIVERY,
  /** To repair a delivered item under warranty. */
  WARRANTY_REPAIR,
  /** To change what the contract delivers: more, less, different, sooner. */
  CHANGE,
  /** Something new, beyond the contract's purpose. */
  NEW_NEED
}
