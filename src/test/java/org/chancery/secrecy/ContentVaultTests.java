package org.chancery.secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.chancery.support.ChanceryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Content of protected items is encrypted per item, bound to its item, and refused when altered. */
@ChanceryTest
class ContentVaultTests {

	@Autowired
	ContentVault vault;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void sealsPerItemAndOpensOnlyForThatItem() {
		UUID item = UUID.randomUUID();
		byte[] text = "关于加强保密工作的通知：正文".getBytes(StandardCharsets.UTF_8);
		byte[] sealed = vault.seal(item, text);
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(new String(text, StandardCharsets.ISO_8859_1));
		assertThat(vault.open(item, sealed)).isEqualTo(text);
		// a second seal of the same item uses the same data key but a fresh IV
		byte[] again = vault.seal(item, text);
		assertThat(again).isNotEqualTo(sealed);
		assertThat(vault.open(item, again)).isEqualTo(text);
		assertThat(jdbc.queryForObject("select count(*) from sec_item_key where item_id = ?", Integer.class, item)).isEqualTo(1);

		UUID other = UUID.randomUUID();
		vault.seal(other, "x".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> vault.open(other, sealed)).isInstanceOf(IllegalStateException.class)
			.hasMessage("sealed content is damaged or belongs elsewhere");
		byte[] tampered = sealed.clone();
		tampered[tampered.length - 5] ^= 1;
		assertThatThrownBy(() -> vault.open(item, tampered)).isInstanceOf(IllegalStateException.class)
			.hasMessage("sealed content is damaged or belongs elsewhere");
		assertThatThrownBy(() -> vault.open(UUID.randomUUID(), sealed)).hasMessage("no key for this content");
	}

	@Test
	void theDatabaseHoldsOnlyWrappedKeys() {
		UUID item = UUID.randomUUID();
		vault.seal(item, new byte[] { 1, 2, 3 });
		String wrapped = jdbc.queryForObject("select wrapped_key from sec_item_key where item_id = ?", String.class, item);
		// 12-byte IV + 32-byte key + 16-byte tag: never the bare 32-byte key
		assertThat(java.util.Base64.getDecoder().decode(wrapped)).hasSize(60);
	}
}
