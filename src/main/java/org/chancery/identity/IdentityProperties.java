package org.chancery.identity;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedAttempts consecutive failed sign-ins that lock an account
 * @param absoluteSessionTimeout how long a session lives however active it is
 * @param tokenMaxLifetime the longest expiry a personal API token may have
 * @param bootstrapAdminUsername with the password, creates the first system administrator on an empty
 *     database (production); otherwise the one-time setup page does
 */
@ConfigurationProperties("chancery.identity")
public record IdentityProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("8h") Duration absoluteSessionTimeout,
		@DefaultValue("365d") Duration tokenMaxLifetime, @Nullable String bootstrapAdminUsername,
		@Nullable String bootstrapAdminPassword) {
}
