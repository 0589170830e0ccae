import type { Comment } from '../../../shared/domain/comments';
import type { Role } from '../../../shared/domain/people';
import type { Db } from '../connection';

interface CommentRow {
  id: string;
  post_id: string;
  author_id: string;
  author_name: string;
  author_role: string;
  text: string;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
  mentions: string;
}

const toComment = (row: CommentRow): Comment => ({
  id: row.id,
  postId: row.post_id,
  authorId: row.author_id,
  authorName: row.author_name,
  authorRole: row.author_role as Role,
  text: row.text,
  mentions: JSON.parse(row.mentions) as Comment['mentions'],
  createdAt: row.created_at,
  editedAt: row.edited_at,
  deletedAt: row.deleted_at,
});

const selectComments = `
  SELECT c.*, p.name AS author_name, p.role AS author_role,
         (SELECT json_group_array(json_object('id', m.id, 'name', m.name))
            FROM comment_mentions cm JOIN people m ON m.id = cm.person_id
           WHERE cm.comment_id = c.id) AS mentions
    FROM comments c JOIN people p ON p.id = c.author_id`;

/** Comments on posts, who they mention, and who follows a post. */
export function commentsRepository(db: Db) {
  const byPost = db.prepare<[string], CommentRow>(
    `${selectComments} WHERE c.post_id = ? ORDER BY c.created_at, c.rowid`,
  );
  const one = db.prepare<[string], CommentRow>(`${selectComments} WHERE c.id = ?`);
  const insert = db.prepare(
    `INSERT INTO comments (id, post_id, author_id, text, created_at)
     VALUES (@id, @postId, @authorId, @text, @createdAt)`,
  );
  const edit = db.prepare('UPDATE comments SET text = ?, edited_at = ? WHERE id = ?');
  const remove = db.prepare("UPDATE comments SET text = '', deleted_at = ? WHERE id = ?");
  const clearMentions = db.prepare('DELETE FROM comment_mentions WHERE comment_id = ?');
  const addMention = db.prepare(
    'INSERT OR IGNORE INTO comment_mentions (comment_id, person_id) VALUES (?, ?)',
  );
  const setFollow = db.prepare(
    `INSERT INTO post_follows (post_id, person_id, following, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (post_id, person_id) DO UPDATE SET following = excluded.following,
                                                    updated_at = excluded.updated_at`,
  );
  // Following, unless said otherwise: the creator, every commenter, everyone mentioned.
  const followers = db.prepare<{ post: string }, { person_id: string }>(
    `SELECT person_id FROM (
       SELECT created_by AS person_id FROM posts WHERE id = @post AND created_by IS NOT NULL
       UNION SELECT author_id FROM comments WHERE post_id = @post
       UNION SELECT cm.person_id FROM comment_mentions cm JOIN comments c ON c.id = cm.comment_id
              WHERE c.post_id = @post
       UNION SELECT person_id FROM post_follows WHERE post_id = @post AND following = 1)
     WHERE person_id NOT IN (SELECT person_id FROM post_follows WHERE post_id = @post AND following = 0)
       AND person_id IN (SELECT id FROM people WHERE active = 1)`,
  );
  return {
    list: (postId: string): Comment[] => byPost.all(postId).map(toComment),
    get(id: string): Comment | undefined {
      const row = one.get(id);
      return row && toComment(row);
    },
    insert(comment: {
      id: string;
      postId: string;
      authorId: string;
      text: string;
      createdAt: string;
    }) {
      insert.run(comment);
    },
    edit(id: string, text: string, at: string): void {
      edit.run(text, at, id);
    },
    remove(id: string, at: string): void {
      remove.run(at, id);
      clearMentions.run(id);
    },
    setMentions(id: string, personIds: readonly string[]): void {
      clearMentions.run(id);
      for (const personId of personIds) addMention.run(id, personId);
    },
    follow(postId: string, personId: string, following: boolean, at: string): void {
      setFollow.run(postId, personId, following ? 1 : 0, at);
    },
    followers: (postId: string): string[] =>
      followers.all({ post: postId }).map((row) => row.person_id),
  };
}
