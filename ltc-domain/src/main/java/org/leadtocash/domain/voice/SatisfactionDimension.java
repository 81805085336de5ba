package org.leadtocash.domain.voice;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Every dimension a satisfaction survey scores, each in its {@link SatisfactionArea area} and with
 * the question the sources ask (DOMAIN D8.3).
 *
 * <p>The brand area lists brand awareness and awareness within the customer's industry separately,
 * as the sources do (品牌知名度, 行业品牌知名度).
 */
public enum SatisfactionDimension {
  /** Product stability (稳定性). */
  STABILITY(SatisfactionArea.PRODUCT, "stability", "Is the product stable?"),
  /** Product structure and workmanship (结构与工艺). */
  STRUCTURE_AND_WORKMANSHIP(
      SatisfactionArea.PRODUCT,
      "structure and workmanship",
      "Are the product's structure and workmanship good?"),
  /** Product function (产品功能). */
  FUNCTION(SatisfactionArea.PRODUCT, "function", "Does the product do what the customer needs?"),
  /** Product safety (安全性). */
  SAFETY(SatisfactionArea.PRODUCT, "safety", "Is the product safe?"),
  /** Communication during solution design, bid and contract signing (沟通渠道). */
  COMMUNICATION(
      SatisfactionArea.SERVICE,
      "communication during design, bid and contract",
      "During solution design, bid and contract signing, were the channels between the customer"
          + " and us open?"),
  /** The information we give (宣传内容). */
  INFORMATION(
      SatisfactionArea.SERVICE, "the information we give", "Is the information we give complete?"),
  /** Fit of the solution (解决方案). */
  SOLUTION_FIT(
      SatisfactionArea.SERVICE,
      "fit of the solution",
      "Is the solution reasonable and appropriate?"),
  /** Competence of our sales people (销售人员的业务水平). */
  SALES_COMPETENCE(
      SatisfactionArea.SERVICE,
      "sales competence",
      "Does our sales people's competence meet the customer's expectations?"),
  /** The engineering plan of supply, installation and on-site training (工程计划). */
  ENGINEERING_PLAN(
      SatisfactionArea.SERVICE,
      "engineering plan",
      "During delivery (supply, installation, on-site training), was the engineering plan"
          + " reasonable?"),
  /** Quality of supply, installation, engineering and on-site training (供货, 安装, 工程质量, 现场培训). */
  DELIVERY_QUALITY(
      SatisfactionArea.SERVICE,
      "delivery quality",
      "Did supply, installation, engineering quality and on-site training meet the customer's"
          + " expectations?"),
  /** Timeliness and accuracy of after-sales problem handling and support (售后服务). */
  AFTER_SALES_TIMELINESS(
      SatisfactionArea.SERVICE,
      "after-sales timeliness",
      "After sales, were problem handling and technical support timely and accurate?"),
  /** Spare parts, central training and paid services (备件支持, 集中培训, 有偿服务). */
  SPARE_PARTS_AND_PAID_SERVICES(
      SatisfactionArea.SERVICE,
      "spare parts and paid services",
      "How does the customer rate our spare-parts support, central training and paid services?"),
  /** Brand awareness (品牌知名度). */
  BRAND_AWARENESS(SatisfactionArea.BRAND, "brand awareness", "How well known is our brand?"),
  /** Brand awareness within the customer's industry (行业品牌知名度). */
  INDUSTRY_AWARENESS(
      SatisfactionArea.BRAND,
      "brand awareness in the industry",
      "How well known is our brand in the industry?"),
  /** Our rank in the industry (行业排名). */
  INDUSTRY_RANK(
      SatisfactionArea.BRAND, "industry rank", "How does the customer rank us in the industry?"),
  /** Our potential to develop (企业发展潜力). */
  DEVELOPMENT_POTENTIAL(
      SatisfactionArea.BRAND, "development potential", "How much potential does our company have?"),
  /** Our research and development capability (科研开发能力). */
  RD_CAPABILITY(
      SatisfactionArea.BRAND,
      "research and development capability",
      "How strong is our research and development?"),
  /** Our ability to command a price premium (品牌溢价能力). */
  PRICE_PREMIUM(SatisfactionArea.BRAND, "price premium", "Is our brand worth a higher price?");

  private final SatisfactionArea area;
  private final String label;
  private final String question;

  SatisfactionDimension(SatisfactionArea area, String label, String question) {
    this.area = area;
    this.label = label;
    this.question = question;
  }

  /** {@return the dimension in words, for display, e.g. {@code fit of the solution}; never null} */
  public String label() {
    return label;
  }

  /** {@return the area the dimension belongs to; never null} */
  public SatisfactionArea area() {
    return area;
  }

  /** {@return the survey's question for the dimension; never null} */
  public String question() {
    return question;
  }

  /**
   * Returns the dimensions of an area, in order.
   *
   * @param area the area; not null
   * @return its dimensions, never null, never empty
   */
  public static List<SatisfactionDimension> of(SatisfactionArea area) {
    Objects.requireNonNull(area, "area");
    return Arrays.stream(values())
        .filter(d -> d.area == area)
        .collect(ImmutableList.toImmutableList());
  }
}
