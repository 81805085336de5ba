package org.leadtocash.testkit.defaults;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.domains.DomainContextBase;
import net.jqwik.api.providers.ArbitraryProvider;
import org.leadtocash.testkit.Settings;

/**
 * A jqwik domain context of the kit's arbitraries under chosen {@link Settings}: use it with
 * {@code @Domain(...)} when the defaults do not fit.
 *
 * <pre>
 * public class InEuros extends LeadToCashDomain {
 *   public InEuros() {
 *     super(Settings.standard().withCurrencies(CurrencyUnit.EUR));
 *   }
 * }
 *
 * &#64;Domain(InEuros.class)
 * &#64;Domain(DomainContext.Global.class) // keep jqwik's own arbitraries: int, List ...
 * class EuroProperties { ... &#64;ForAll Opportunity opportunity ... }
 * </pre>
 *
 * <p>Used as it is ({@code @Domain(LeadToCashDomain.class)}) it gives the standard settings, like
 * the default arbitraries. Its arbitraries take precedence over the default ones for the same type.
 * A subclass may add {@code @Provide} methods of its own, as in any {@link DomainContextBase}.
 */
public class LeadToCashDomain extends DomainContextBase {

  /** Above the default arbitraries' priority (0), so a domain's settings win. */
  private static final int PRIORITY = 20;

  private final Settings settings;

  /** Creates the context of the standard settings. */
  public LeadToCashDomain() {
    this(Settings.standard());
  }

  /**
   * Creates the context of given settings; a subclass passes its own.
   *
   * @param settings what to generate within; not null
   */
  protected LeadToCashDomain(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** {@return the settings of this context; never null} */
  public final Settings settings() {
    return settings;
  }

  @Override
  public Collection<ArbitraryProvider> getArbitraryProviders() {
    List<ArbitraryProvider> providers = new ArrayList<>(super.getArbitraryProviders());
    providers.add(new LeadToCashArbitraryProvider(settings, PRIORITY));
    return providers;
  }
}
