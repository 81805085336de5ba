package org.leadtocash.domain.customer;

/** Where the basic data of a customer's grading comes from (DOMAIN D6.3, first step). */
public enum BasicDataSource {
  /** Our own customer (enterprise) profile, see {@link CustomerProfile} (D6.8). */
  CUSTOMER_PROFILE,
  /** Reports by third parties: analysts, rating agencies, industry studies. */
  THIRD_PARTY_REPORT
}
