package org.ipcollab.notification.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.notification.security.Caller;
import org.ipcollab.notification.security.Roles;

/**
 * 个人收件箱 — the caller's own view of its department's inbox: the same items, with the caller's own read state
 * ({@code readByMeAt}), so each officer sees what he has not read yet whatever his colleagues did.
 */
@Path("/me/inbox/items")
@Tag(name = "inboxes")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR,
        Roles.DISTRICT_LIAISON, Roles.ADMIN})
public class MyInboxResource {
    @Inject
    EntityManager em;

    @Inject
    InboxItemRepository items;

    @Inject
    Caller caller;

    public record MyItem(InboxItemResponse item, Instant readByMeAt) {
    }

    public record MyPage(List<MyItem> items, int page, int size, long total) {
    }

    @GET
    @Transactional
    @Operation(summary = "个人收件箱 — the department's items with the caller's own read state, newest first; "
            + "unread=true only those the caller has not read")
    @SuppressWarnings("unchecked")
    public MyPage list(
            @QueryParam("unread") @Pattern(regexp = "true|false", message = "must be true or false") String unread,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        String filter = unread == null ? "" : Boolean.parseBoolean(unread) ? "and s.read_at is null" : "and s.read_at is not null";
        String from = """
                from inbox_item i left join inbox_item_user_state s on s.item_id = i.id and s.user_subject = :u
                where i.department_id = :d %s""".formatted(filter);
        List<Object[]> rows = em.createNativeQuery("select i.id, s.read_at " + from
                + " order by i.created_at desc, i.id desc offset :o limit :l")
                .setParameter("u", caller.subject()).setParameter("d", caller.department())
                .setParameter("o", page * size).setParameter("l", size).getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) " + from).setParameter("u", caller.subject())
                .setParameter("d", caller.department()).getSingleResult()).longValue();
        List<MyItem> found = rows.stream().map(r -> new MyItem(InboxItemResponse.of(items.findById((UUID) r[0])),
                toInstant(r[1]))).toList();
        return new MyPage(found, page, size, total);
    }

    @POST
    @Path("/{id}/read")
    @Transactional
    @Operation(summary = "我已读 — the caller marks an item of its department read for itself (204; again keeps the first time)")
    public void markRead(@PathParam("id") UUID id) {
        InboxItemEntity item = items.findByIdOptional(id).filter(i -> i.departmentId.equals(caller.department()))
                .orElseThrow(() -> new NotFoundException("no item " + id + " in the inbox of " + caller.department()));
        em.createNativeQuery("""
                insert into inbox_item_user_state (item_id, user_subject, read_at) values (:i, :u, :now)
                on conflict (item_id, user_subject) do nothing""")
                .setParameter("i", item.id).setParameter("u", caller.subject()).setParameter("now", Instant.now())
                .executeUpdate();
    }

    private static Instant toInstant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return Instant.parse(o.toString());
    }
}
