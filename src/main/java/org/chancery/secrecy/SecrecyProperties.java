package org.chancery.secrecy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param internalLevel whether the office uses the internal level (内部) below 秘密
 * @param westernScheme whether markings are also shown in the Western scheme (banner, portion marks, block)
 * @param defaultUnitAuthority the highest level a unit may classify unless set per unit (central organs: 绝密)
 */
@ConfigurationProperties("chancery.secrecy")
public record SecrecyProperties(@DefaultValue("false") boolean internalLevel, @DefaultValue("false") boolean westernScheme,
		@DefaultValue("TOP_SECRET") Level defaultUnitAuthority) {
}
