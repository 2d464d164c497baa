import env from '#start/env'
import { pluginMigrationPaths } from '#config/plugins'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/lucid'
import pg from 'pg'

/**
 * bigint columns (ticket, comment and audit ids, COUNT(*)) arrive as
 * strings by default. Every such value stays far below 2^53, so they are
 * read as plain numbers.
 */
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10))

const dbConfig = defineConfig({
  connection: 'postgres',
  connections: {
    postgres: {
      client: 'pg',
      connection: {
        host: env.get('DB_HOST'),
        port: env.get('DB_PORT'),
        user: env.get('DB_USER'),
        password: env.get('DB_PASSWORD'),
        database: env.get('DB_DATABASE'),
      },
      pool: {
        min: 0,
        max: 10,
        /**
         * JIT compilation pays off for long analytical queries; on the
         * ticket lists it added 40–70 ms to queries that run in ~100 ms
         * (measured on the million-ticket benchmark, docs/benchmarks.md).
         */
        afterCreate(connection: pg.Client, done: (error: Error | null, c: pg.Client) => void) {
          connection.query('SET jit = off', (error: Error | null) => done(error, connection))
        },
      },
      migrations: {
        naturalSort: true,
        paths: ['database/migrations', ...pluginMigrationPaths()],
      },
      seeders: {
        paths: ['database/seeders'],
      },
      schemaGeneration: {
        enabled: !app.inProduction,
        rulesPaths: ['./database/schema_rules.js'],
        excludeTables: ['adonis_schema', 'adonis_schema_versions'],
      },
    },
  },
})

export default dbConfig
