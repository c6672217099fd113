package org.chancery.secrecy;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.chancery.kernel.Aead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Encrypts the content of protected items at rest (AES-256-GCM): each item has its own data key, kept
 * in the database only wrapped by the master key, which lives outside it
 * ({@code chancery.secrecy.master-key-file}). Ciphertext is bound to its item: content sealed for one
 * item does not open as another's. No key ever appears in a log, an error or the API.
 */
@Service
public class ContentVault {

	private static final Logger log = LoggerFactory.getLogger(ContentVault.class);
	private static final byte VERSION = 1;

	private final Aead master;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	ContentVault(@Value("${chancery.secrecy.master-key-file:${chancery.data-dir:./data}/keys/master.key}") Path masterKeyFile,
			JdbcTemplate jdbc, Clock clock) {
		this.master = new Aead(Aead.keyFile(masterKeyFile, log));
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Encrypts content of the item, creating the item's data key on first use. */
	@Transactional
	public byte[] seal(UUID itemId, byte[] plaintext) {
		byte[] sealed = dataKey(itemId).seal(plaintext, bytes(itemId));
		return ByteBuffer.allocate(1 + sealed.length).put(VERSION).put(sealed).array();
	}

	@Transactional(readOnly = true)
	public byte[] open(UUID itemId, byte[] sealed) {
		if (sealed.length == 0 || sealed[0] != VERSION) {
			throw new IllegalStateException("sealed content is damaged");
		}
		List<String> wrapped = jdbc.queryForList("select wrapped_key from sec_item_key where item_id = ?", String.class, itemId);
		if (wrapped.isEmpty()) {
			throw new IllegalStateException("no key for this content");
		}
		byte[] body = java.util.Arrays.copyOfRange(sealed, 1, sealed.length);
		return unwrap(itemId, wrapped.getFirst()).open(body, bytes(itemId));
	}

	private Aead dataKey(UUID itemId) {
		List<String> wrapped = jdbc.queryForList("select wrapped_key from sec_item_key where item_id = ?", String.class, itemId);
		if (!wrapped.isEmpty()) {
			return unwrap(itemId, wrapped.getFirst());
		}
		byte[] key = Aead.randomKey();
		jdbc.update("insert into sec_item_key (item_id, wrapped_key, created_at) values (?,?,?)", itemId,
				Base64.getEncoder().encodeToString(master.seal(key, bytes(itemId))), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
		return new Aead(key);
	}

	private Aead unwrap(UUID itemId, String wrapped) {
		return new Aead(master.open(Base64.getDecoder().decode(wrapped), bytes(itemId)));
	}

	private static byte[] bytes(UUID id) {
		return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
	}
}
