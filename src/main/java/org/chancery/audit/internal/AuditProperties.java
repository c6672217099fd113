package org.chancery.audit.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param keyFile the Ed25519 private key (PKCS#8 PEM) that signs checkpoints; kept outside the
 *     database. Created on first start when missing.
 * @param checkpointInterval how often a checkpoint is written when the log has grown
 */
@ConfigurationProperties("chancery.audit")
public record AuditProperties(@DefaultValue("${chancery.data-dir:./data}/keys/audit-checkpoint.pem") Path keyFile,
		@DefaultValue("5m") Duration checkpointInterval) {
}
