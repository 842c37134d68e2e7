package org.ipcollab.referral.referral;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.WebApplicationException;

import org.ipcollab.referral.referral.domain.DocumentKind;

/**
 * The art 6 documents, kept as {@code bytea} in {@code referral_document}: a document and the referral it belongs to
 * commit in one transaction, are backed up together and are read through the same access check — no second store to
 * keep consistent. Files are small (≤ {@link DocumentsConfig#maxBytes()}), and few per referral.
 */
@ApplicationScoped
public class ReferralDocuments {
    @Inject
    EntityManager em;

    @Inject
    DocumentsConfig config;

    public record Metadata(UUID id, DocumentKind kind, String fileName, String contentType, long sizeBytes,
            String sha256, String uploadedBy, Instant uploadedAt) {
    }

    public record Content(Metadata metadata, byte[] bytes) {
    }

    /**
     * Checks a file against the limits: over the size → 413; a content type not allowed, or bytes that are not what
     * the type says → 415. Both problem+json; nothing is stored.
     */
    public byte[] accept(Path file, long size, String contentType) {
        if (size > config.maxBytes()) {
            throw new WebApplicationException("the file has " + size + " bytes; at most " + config.maxBytes()
                    + " are accepted", 413);
        }
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!config.allowedTypes().contains(type)) {
            throw new WebApplicationException("content type '" + type + "' is not accepted; allowed: "
                    + config.allowedTypes(), 415);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new WebApplicationException("the upload could not be read", 400);
        }
        if (!looksLike(type, bytes)) {
            throw new WebApplicationException("the file's content is not " + type, 415);
        }
        return bytes;
    }

    /** Magic numbers of the allowed types; a type without a known signature is taken at its word. */
    static boolean looksLike(String type, byte[] b) {
        return switch (type) {
            case "application/pdf" -> startsWith(b, '%', 'P', 'D', 'F', '-');
            case "image/jpeg" -> startsWith(b, 0xFF, 0xD8, 0xFF);
            case "image/png" -> startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case "application/ofd" -> startsWith(b, 'P', 'K', 0x03, 0x04); // OFD (GB/T 33190) is a ZIP package
            default -> b.length > 0;
        };
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    @Transactional(TxType.MANDATORY)
    public Metadata store(UUID referralId, DocumentKind kind, String fileName, String contentType, byte[] bytes,
            String uploadedBy, Instant now) {
        UUID id = UUID.randomUUID();
        String sha256 = sha256(bytes);
        String type = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        String name = fileName == null || fileName.isBlank() ? kind.name().toLowerCase(Locale.ROOT) : fileName;
        name = name.length() > 255 ? name.substring(0, 255) : name;
        em.createNativeQuery("insert into referral_document (id, referral_id, kind, file_name, content_type, size_bytes,"
                + " sha256, content, uploaded_by, uploaded_at) values (:id, :referral, :kind, :name, :type, :size,"
                + " :sha, :content, :by, :at)")
                .setParameter("id", id).setParameter("referral", referralId).setParameter("kind", kind.name())
                .setParameter("name", name).setParameter("type", type).setParameter("size", (long) bytes.length)
                .setParameter("sha", sha256).setParameter("content", bytes).setParameter("by", uploadedBy)
                .setParameter("at", now).executeUpdate();
        return new Metadata(id, kind, name, type, bytes.length, sha256, uploadedBy, now);
    }

    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Metadata> of(UUID referralId) {
        List<Object[]> rows = em.createNativeQuery("select cast(id as text), kind, file_name, content_type, size_bytes,"
                + " sha256, uploaded_by, uploaded_at from referral_document where referral_id = :referral"
                + " order by uploaded_at, id").setParameter("referral", referralId).getResultList();
        return rows.stream().map(ReferralDocuments::metadata).toList();
    }

    public Set<DocumentKind> kinds(List<Metadata> documents) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        documents.forEach(d -> kinds.add(d.kind()));
        return kinds;
    }

    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Optional<Content> content(UUID referralId, UUID documentId) {
        List<Object[]> rows = em.createNativeQuery("select cast(id as text), kind, file_name, content_type, size_bytes,"
                + " sha256, uploaded_by, uploaded_at, content from referral_document"
                + " where referral_id = :referral and id = :id").setParameter("referral", referralId)
                .setParameter("id", documentId).getResultList();
        return rows.stream().findFirst().map(r -> new Content(metadata(r), (byte[]) r[8]));
    }

    private static Metadata metadata(Object[] r) {
        return new Metadata(UUID.fromString((String) r[0]), DocumentKind.valueOf((String) r[1]), (String) r[2],
                (String) r[3], ((Number) r[4]).longValue(), ((String) r[5]).trim(), (String) r[6],
                ReferralClocks.instant(r[7]));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
