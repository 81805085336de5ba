package org.leadtocash.domain.voice;

/** The three areas a satisfaction survey covers (DOMAIN D8.3). */
public enum SatisfactionArea {
  /** Our products (产品方面). */
  PRODUCT,
  /** Our services, from solution design to after-sales (服务方面). */
  SERVICE,
  /** Our brand (品牌方面). */
  BRAND
}
