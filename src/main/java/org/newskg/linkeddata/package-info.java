/**
 * Linked data over the store, shared by {@code serve} and {@code publish}: the description of a resource
 * ({@link org.newskg.linkeddata.ResourceDescriber}), the kinds of resource that get index pages
 * ({@link org.newskg.linkeddata.ResourceKind}) and the rewriting of stored IRIs to a public base
 * ({@link org.newskg.linkeddata.IriRewriter}). Jena only; serializing is the caller's business.
 */
package org.newskg.linkeddata;
