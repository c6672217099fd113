package org.chancery.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Content-addressed file storage under {@code ${chancery.data-dir}/blobs}: a blob's name is the SHA-256
 * of its bytes, so a blob is written once and never changes. Callers keep the name in their own
 * records and encrypt classified content before storing it.
 */
@Component
public class Blobs {

	private final Path root;

	Blobs(@Value("${chancery.data-dir:./data}") Path dataDir) {
		this.root = dataDir.resolve("blobs");
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Stores the bytes and returns their name. */
	public String put(byte[] bytes) {
		String name = sha256(bytes);
		Path file = path(name);
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				Path temp = Files.createTempFile(file.getParent(), name, ".part");
				Files.write(temp, bytes);
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			return name;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot store a blob under " + root.toAbsolutePath(), e);
		}
	}

	/** The bytes of a blob; a blob whose bytes no longer match its name is refused. */
	public byte[] get(String name) {
		if (!name.matches("[0-9a-f]{64}")) {
			throw new NotFoundException();
		}
		try {
			byte[] bytes = Files.readAllBytes(path(name));
			if (!sha256(bytes).equals(name)) {
				throw new IllegalStateException("the blob " + name + " is damaged");
			}
			return bytes;
		}
		catch (java.nio.file.NoSuchFileException e) {
			throw new NotFoundException();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Path path(String name) {
		return root.resolve(name.substring(0, 2)).resolve(name);
	}
}
